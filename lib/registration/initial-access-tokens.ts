import { z } from 'zod';
import { recordAudit, type Actor } from '../audit/record';
import { generateOpaqueToken, hashOpaqueToken } from '../crypto/opaque-token';
import type { Db } from '../db/client';
import type { Prisma } from '../db/generated/client';
import { OAuthError } from '../oauth/errors';
import { tokenPolicySchema, type TokenPolicy } from './policy';

export const newInitialAccessTokenSchema = z.object({
  expiresInSeconds: z.number().int().positive('Expiry must be a positive number of seconds').max(366 * 24 * 3600).optional(),
  maxUses: z.number().int().positive('Maximum uses must be at least 1').max(1_000_000).optional(),
  description: z.string().trim().max(200).optional(),
  policy: tokenPolicySchema.optional(),
});

export type NewInitialAccessToken = z.infer<typeof newInitialAccessTokenSchema>;

export interface IssuedInitialAccessToken {
  id: string;
  /** Shown once: only its hash is kept. */
  token: string;
  expiresAt: Date | null;
  maxUses: number | null;
}

export async function createInitialAccessToken(db: Db, input: NewInitialAccessToken, actor: Actor): Promise<IssuedInitialAccessToken> {
  const { expiresInSeconds, maxUses, description, policy } = newInitialAccessTokenSchema.parse(input);
  const token = generateOpaqueToken('iat');
  const expiresAt = expiresInSeconds ? new Date(Date.now() + expiresInSeconds * 1000) : null;
  return db.$transaction(async (tx) => {
    const record = await tx.initialAccessToken.create({
      data: {
        tokenHash: hashOpaqueToken(token),
        expiresAt,
        maxUses: maxUses ?? null,
        description: description ?? null,
        policy: policy ?? undefined,
        createdById: actor.type === 'user' ? (actor.id ?? null) : null,
      },
    });
    await recordAudit(tx, actor, {
      action: 'initial_access_token.created',
      target: { type: 'initial_access_token', id: record.id },
      after: { expiresAt: expiresAt?.toISOString() ?? null, maxUses: maxUses ?? null, description: description ?? null },
    });
    return { id: record.id, token, expiresAt, maxUses: record.maxUses };
  });
}

export function listInitialAccessTokens(db: Db) {
  return db.initialAccessToken.findMany({ orderBy: { createdAt: 'desc' }, take: 200 });
}

export interface ValidInitialAccessToken {
  id: string;
  policy: TokenPolicy | null;
}

/**
 * Checks a presented token without spending a use: a registration refused for its metadata
 * should not cost the registrant one of their uses.
 */
export async function findUsableInitialAccessToken(db: Db, token: string | null): Promise<ValidInitialAccessToken | null> {
  if (!token) return null;
  const record = await db.initialAccessToken.findUnique({ where: { tokenHash: hashOpaqueToken(token) } });
  if (!record || record.revokedAt) return null;
  if (record.expiresAt && record.expiresAt.getTime() <= Date.now()) return null;
  if (record.maxUses !== null && record.uses >= record.maxUses) return null;
  const policy = record.policy === null ? null : tokenPolicySchema.safeParse(record.policy);
  return { id: record.id, policy: policy?.success ? policy.data : null };
}

/**
 * Spends one use in a single conditional UPDATE, so concurrent registrations can never exceed
 * max_uses: PostgreSQL re-checks the condition on the locked row.
 */
export async function consumeInitialAccessTokenUse(tx: Prisma.TransactionClient, tokenId: string): Promise<void> {
  const spent = await tx.$executeRaw`
    UPDATE initial_access_tokens SET uses = uses + 1
    WHERE id = ${tokenId}::uuid AND revoked_at IS NULL
      AND (expires_at IS NULL OR expires_at > now())
      AND (max_uses IS NULL OR uses < max_uses)`;
  if (spent !== 1) {
    throw new OAuthError('invalid_token', 'the initial access token is expired, revoked or used up', 401, {
      'www-authenticate': 'Bearer error="invalid_token"',
    });
  }
}

export async function revokeInitialAccessToken(db: Db, id: string, actor: Actor): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const revoked = await tx.initialAccessToken.updateMany({ where: { id, revokedAt: null }, data: { revokedAt: new Date() } });
    if (revoked.count === 0) return false;
    await recordAudit(tx, actor, { action: 'initial_access_token.revoked', target: { type: 'initial_access_token', id } });
    return true;
  });
}
