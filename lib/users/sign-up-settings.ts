import { z } from 'zod';
import { recordAudit, type Actor } from '../audit/record';
import type { Db } from '../db/client';
import type { Prisma } from '../db/generated/client';
import { loadRegistrationPolicy, saveRegistrationPolicy, withRegistrationSettingsLock } from '../registration/settings-store';

const SIGN_UP_KEY = 'developer_sign_up';

// A bare host name: labels of letters, digits and hyphens. No wildcards: the match is exact.
const domainSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9-]{2,63}$/, 'Enter domains like example.com');

export const signUpModes = ['off', 'open', 'domains'] as const;
export type SignUpMode = (typeof signUpModes)[number];

export const signUpSettingsSchema = z
  .object({
    mode: z.enum(signUpModes).default('off'),
    domains: z.array(domainSchema).max(200, 'List at most 200 domains').default([]),
  })
  .refine((value) => value.mode !== 'domains' || value.domains.length > 0, { path: ['domains'], message: 'List at least one domain' });

export type SignUpSettings = z.output<typeof signUpSettingsSchema>;

export const closedSignUp: SignUpSettings = { mode: 'off', domains: [] };

type SettingReader = Pick<Db, 'setting'> | Prisma.TransactionClient;

export async function loadSignUpSettings(db: SettingReader): Promise<SignUpSettings> {
  const row = await db.setting.findUnique({ where: { key: SIGN_UP_KEY } });
  if (!row) return closedSignUp;
  const parsed = signUpSettingsSchema.safeParse(row.value);
  if (parsed.success) return parsed.data;
  // An unreadable setting must not let strangers in.
  console.error('stored developer sign-up setting is invalid; sign-up stays closed');
  return closedSignUp;
}

export function signUpIsOpen(settings: SignUpSettings): boolean {
  return settings.mode !== 'off';
}

/** Exact, case-insensitive match on the part after the last @; subdomains are not admitted. */
export function emailDomainAllowed(settings: SignUpSettings, email: string): boolean {
  if (settings.mode === 'open') return true;
  if (settings.mode === 'off') return false;
  const domain = email.slice(email.lastIndexOf('@') + 1).toLowerCase();
  return settings.domains.includes(domain);
}

export interface DeveloperSignUpSettings extends SignUpSettings {
  /** Whether developers' new clients wait for an admin (the developer kind's policy). */
  requireApproval: boolean;
}

export async function loadDeveloperSignUpSettings(db: SettingReader): Promise<DeveloperSignUpSettings> {
  // One after the other: queries in one transaction share a connection.
  const signUp = await loadSignUpSettings(db);
  const policy = await loadRegistrationPolicy(db);
  return { ...signUp, requireApproval: Boolean(policy.kinds.developer.requireApproval) };
}

// A round trip through JSON drops unset optional members that Prisma would refuse.
const asJson = (value: unknown) => JSON.parse(JSON.stringify(value)) as Prisma.InputJsonObject;

/**
 * Saves who may sign up and whether developers' clients need approval in one transaction, so the
 * audit event's before and after always describe what was actually stored.
 */
export async function saveDeveloperSignUpSettings(
  db: Db,
  input: { mode: SignUpMode; domains: string[]; requireApproval: boolean },
  actor: Actor,
): Promise<DeveloperSignUpSettings> {
  const signUp = signUpSettingsSchema.parse({ mode: input.mode, domains: input.mode === 'domains' ? [...new Set(input.domains)] : [] });
  // Under the registration settings lock: the approval switch lives in the registration policy.
  return withRegistrationSettingsLock(db, async (tx) => {
    const before = await loadDeveloperSignUpSettings(tx);
    const policy = await loadRegistrationPolicy(tx);
    const signUpValue = asJson(signUp);
    await tx.setting.upsert({ where: { key: SIGN_UP_KEY }, create: { key: SIGN_UP_KEY, value: signUpValue }, update: { value: signUpValue } });
    await saveRegistrationPolicy(tx, { ...policy, kinds: { ...policy.kinds, developer: { ...policy.kinds.developer, requireApproval: input.requireApproval } } });
    const after: DeveloperSignUpSettings = { ...signUp, requireApproval: input.requireApproval };
    await recordAudit(tx, actor, {
      action: 'settings.developer_sign_up_updated',
      target: { type: 'setting', id: SIGN_UP_KEY },
      before: asJson(before),
      after: asJson(after),
    });
    return after;
  });
}
