import type { Db } from '../db/client';
import type { Prisma } from '../db/generated/client';
import { defaultRegistrationPolicy, registrationPolicySchema, type RegistrationPolicySettings } from './policy';

const POLICY_KEY = 'registration_policy';
const REGISTRATION_SETTINGS_LOCK = 7_593;

/** The database or an open transaction: settings are read and written inside changes that must be atomic. */
export type SettingsClient = Pick<Db, 'setting'> | Prisma.TransactionClient;

export async function loadRegistrationPolicy(db: SettingsClient): Promise<RegistrationPolicySettings> {
  const row = await db.setting.findUnique({ where: { key: POLICY_KEY } });
  if (!row) return defaultRegistrationPolicy;
  const parsed = registrationPolicySchema.safeParse(row.value);
  if (parsed.success) return parsed.data;
  // A stored policy this version cannot read must not open registration wider than the defaults.
  console.error('stored registration policy is invalid; using the defaults');
  return defaultRegistrationPolicy;
}

export async function saveRegistrationPolicy(db: SettingsClient, settings: RegistrationPolicySettings): Promise<void> {
  // A round trip through JSON drops unset optional members (such as `mode`) that Prisma would refuse.
  const value = JSON.parse(JSON.stringify(registrationPolicySchema.parse(settings))) as Prisma.InputJsonObject;
  await db.setting.upsert({ where: { key: POLICY_KEY }, create: { key: POLICY_KEY, value }, update: { value } });
}

/**
 * Registration settings are changed by read-modify-write from several forms; one writer at a time
 * keeps two admins saving at once from silently undoing each other, and the audit event commits
 * with the change or not at all.
 */
export function withRegistrationSettingsLock<T>(db: Db, change: (tx: Prisma.TransactionClient) => Promise<T>): Promise<T> {
  return db.$transaction(async (tx) => {
    await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(${REGISTRATION_SETTINGS_LOCK})`);
    return change(tx);
  });
}
