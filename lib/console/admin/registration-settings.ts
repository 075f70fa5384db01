import { z } from 'zod';
import { recordAudit, type Actor } from '@/lib/audit/record';
import type { RegistrationMode } from '@/lib/config';
import type { Db } from '@/lib/db/client';
import type { Prisma } from '@/lib/db/generated/client';
import { effectiveMode, registrationPolicySchema, type RegistrationPolicySettings } from '@/lib/registration/policy';
import { loadRegistrationPolicy, saveRegistrationPolicy, withRegistrationSettingsLock } from '@/lib/registration/settings-store';

/** `env` clears the console's choice, so REGISTRATION_MODE decides again. */
export const modeChoiceSchema = z.object({ mode: z.enum(['open', 'initial-access-token', 'disabled', 'env']) });
export type ModeChoice = z.infer<typeof modeChoiceSchema>['mode'];

export class PolicySettingsError extends Error {
  override name = 'PolicySettingsError';
  constructor(
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

// A round trip through JSON drops unset optional members (such as `mode`) that Prisma would refuse.
function asJson(policy: RegistrationPolicySettings): Prisma.InputJsonObject {
  return JSON.parse(JSON.stringify(policy)) as Prisma.InputJsonObject;
}

/**
 * Applies a change to the stored registration policy and records it with the whole policy before
 * and after, so the audit log shows exactly what an admin changed.
 */
export async function updateRegistrationPolicy(
  db: Db,
  change: (current: RegistrationPolicySettings) => RegistrationPolicySettings,
  actor: Actor,
): Promise<RegistrationPolicySettings> {
  return withRegistrationSettingsLock(db, async (tx) => {
    const before = await loadRegistrationPolicy(tx);
    const parsed = registrationPolicySchema.safeParse(change(before));
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new PolicySettingsError(issue?.message ?? 'The policy is not valid', issue?.path.join('.'));
    }
    const after = parsed.data;
    await saveRegistrationPolicy(tx, after);
    await recordAudit(tx, actor, {
      action: 'settings.registration_policy_updated',
      target: { type: 'setting', id: 'registration_policy' },
      before: asJson(before),
      after: asJson(after),
    });
    return after;
  });
}

export function setRegistrationMode(db: Db, choice: ModeChoice, actor: Actor): Promise<RegistrationPolicySettings> {
  return updateRegistrationPolicy(db, (current) => ({ ...current, mode: choice === 'env' ? undefined : choice }), actor);
}

export interface ModeInForce {
  mode: RegistrationMode;
  source: 'console' | 'environment';
  envMode: RegistrationMode;
}

export function modeInForce(settings: RegistrationPolicySettings, envMode: RegistrationMode): ModeInForce {
  return { mode: effectiveMode(settings, envMode), source: settings.mode ? 'console' : 'environment', envMode };
}
