import { z } from 'zod';
import { recordAudit } from '../audit/record';
import type { Db } from '../db/client';
import { emailSchema, newPasswordSchema } from './schema';
import { createUser, UserError, type PublicUser } from './service';
import { emailDomainAllowed, loadSignUpSettings, signUpIsOpen } from './sign-up-settings';

export const signUpSchema = z.object({ email: emailSchema, password: newPasswordSchema });
export type SignUpInput = z.output<typeof signUpSchema>;

/** At most this many accounts from one address per hour; counted from the audit log, so it needs no table of its own. */
export const SIGN_UPS_PER_IP_PER_HOUR = 5;

export class SignUpError extends Error {
  override name = 'SignUpError';
  constructor(
    message: string,
    readonly field?: 'email' | 'password',
  ) {
    super(message);
  }
}

async function tooManyFrom(db: Db, ip: string): Promise<boolean> {
  const since = new Date(Date.now() - 3600_000);
  const recent = await db.auditEvent.count({ where: { action: 'user.signed_up', ip, at: { gte: since } } });
  return recent >= SIGN_UPS_PER_IP_PER_HOUR;
}

/**
 * Creates a developer account for a stranger, if the admins opened sign-up to their domain.
 *
 * A taken email is reported as such. That does confirm the address has an account, but without
 * e-mail verification there is no way to answer "check your inbox" instead, and a silent
 * failure would leave a real developer stuck; the per-address throttle limits probing.
 */
export async function signUpDeveloper(db: Db, input: SignUpInput, context: { ip: string | null }): Promise<PublicUser> {
  const settings = await loadSignUpSettings(db);
  if (!signUpIsOpen(settings)) throw new SignUpError('Sign-up is closed.');
  if (!emailDomainAllowed(settings, input.email)) {
    throw new SignUpError('Sign-up is not open to this email domain. Use your work address.', 'email');
  }
  if (context.ip && (await tooManyFrom(db, context.ip))) throw new SignUpError('Too many accounts were created from your network. Try again later.');
  const actor = { type: 'anonymous', label: 'developer sign-up', ip: context.ip } as const;
  try {
    return await createUser(db, { ...input, role: 'developer' }, actor, (tx, user) =>
      recordAudit(tx, { ...actor, type: 'user', id: user.id, label: user.email }, {
        action: 'user.signed_up',
        target: { type: 'user', id: user.id },
        after: { email: user.email, role: user.role },
      }),
    );
  } catch (error) {
    if (error instanceof UserError && error.field === 'email') throw new SignUpError('An account with this email already exists.', 'email');
    throw error;
  }
}
