import type { Db } from '../db/client';
import { defaultRegistrationPolicy, registrationPolicySchema, type RegistrationPolicySettings } from './policy';

const POLICY_KEY = 'registration_policy';

export async function loadRegistrationPolicy(db: Db): Promise<RegistrationPolicySettings> {
  const row = await db.setting.findUnique({ where: { key: POLICY_KEY } });
  if (!row) return defaultRegistrationPolicy;
  const parsed = registrationPolicySchema.safeParse(row.value);
  if (parsed.success) return parsed.data;
  // A stored policy this version cannot read must not open registration wider than the defaults.
  console.error('stored registration policy is invalid; using the defaults');
  return defaultRegistrationPolicy;
}

export async function saveRegistrationPolicy(db: Db, settings: RegistrationPolicySettings): Promise<void> {
  const value = registrationPolicySchema.parse(settings);
  await db.setting.upsert({ where: { key: POLICY_KEY }, create: { key: POLICY_KEY, value }, update: { value } });
}
