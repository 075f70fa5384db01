import { httpsUrlOrNull } from '../oauth/scope-descriptions';
import { hashPassword, verifyPassword } from '../auth/password';
import { recordAudit, type Actor } from '../audit/record';
import type { Db } from '../db/client';
import { newPasswordSchema } from './schema';

/** A refusal the account page shows as is, beside the field it names when there is one. */
export class AccountError extends Error {
  override name = 'AccountError';
  constructor(
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

/**
 * Sessions record when their sign-in happened in whole seconds, so the cutoff is rounded down
 * to the second: a sign-in in the same second as the change, which can only use the new
 * password, stays valid.
 */
export function sessionCutoff(now: Date): Date {
  return new Date(Math.floor(now.getTime() / 1000) * 1000);
}

export async function changePassword(db: Db, userId: string, current: string, next: string, actor: Actor): Promise<void> {
  const parsed = newPasswordSchema.safeParse(next);
  if (!parsed.success) throw new AccountError(parsed.error.issues[0]?.message ?? 'Choose another password', 'next');
  const user = await db.user.findUnique({ where: { id: userId }, select: { id: true, disabled: true, passwordHash: true } });
  // Verified even when the account is missing, so the refusal costs the same time either way.
  const valid = await verifyPassword(user?.passwordHash ?? null, current);
  if (!user || user.disabled || !valid) throw new AccountError('Your current password is not correct', 'current');
  const passwordHash = await hashPassword(parsed.data);
  await db.$transaction(async (tx) => {
    // Whoever signed in with the old password (this browser included) must sign in again.
    await tx.user.update({ where: { id: userId }, data: { passwordHash, sessionsValidFrom: sessionCutoff(new Date()) } });
    await recordAudit(tx, actor, { action: 'user.password_changed', target: { type: 'user', id: userId } });
  });
}

export interface ConsentSummary {
  clientId: string;
  clientName: string;
  /** Only an https URL: anything else would load mixed or active content into the account page. */
  logoUri: string | null;
  scopes: string[];
  grantedAt: Date;
}

export { describeScope } from '../oauth/scope-descriptions';

/** The client's logo when it is served over https; anything else is not shown. */
export function httpsLogo(metadata: unknown): string | null {
  return httpsUrlOrNull(metadata && typeof metadata === 'object' ? (metadata as Record<string, unknown>).logo_uri : undefined);
}

export async function listConsents(db: Db, userId: string): Promise<ConsentSummary[]> {
  const consents = await db.consent.findMany({
    where: { userId },
    orderBy: { createdAt: 'desc' },
    select: { clientId: true, scopes: true, createdAt: true, client: { select: { clientName: true, metadata: true } } },
  });
  return consents.map((consent) => ({
    clientId: consent.clientId,
    clientName: consent.client.clientName || consent.clientId,
    logoUri: httpsLogo(consent.client.metadata),
    scopes: consent.scopes,
    grantedAt: consent.createdAt,
  }));
}

/**
 * Forgets what the user allowed the app and revokes their grants to it in one step, so its
 * refresh tokens stop working and it has to ask again. Only rows of `userId` are ever touched.
 */
export async function withdrawConsent(db: Db, userId: string, clientId: string, actor: Actor): Promise<{ revokedGrants: number }> {
  return db.$transaction(async (tx) => {
    const consent = await tx.consent.findUnique({ where: { userId_clientId: { userId, clientId } }, select: { scopes: true } });
    // deleteMany: a concurrent withdrawal may have removed the row since it was read.
    const deleted = await tx.consent.deleteMany({ where: { userId, clientId } });
    const revoked = await tx.grant.updateMany({
      where: { userId, clientId, revokedAt: null },
      data: { revokedAt: new Date(), revokedReason: 'consent_withdrawn' },
    });
    // Also reached by a second click after the first succeeded: there is nothing left to do.
    if (deleted.count === 0 && revoked.count === 0) throw new AccountError('This app no longer has your permission.');
    await recordAudit(tx, actor, {
      action: 'consent.withdrawn',
      target: { type: 'client', id: clientId },
      before: consent ? { scopes: consent.scopes } : undefined,
      detail: { userId, revokedGrants: revoked.count },
    });
    return { revokedGrants: revoked.count };
  });
}
