import { generateOpaqueToken, hashOpaqueToken } from '../../crypto/opaque-token';
import type { Db } from '../../db/client';

export const REFRESH_TOKEN_LIFETIME_SECONDS = 30 * 24 * 3600;

/** A new refresh token of a grant; only its hash is stored. */
export async function createRefreshToken(db: Db, grantId: string, scope: readonly string[], now: Date): Promise<string> {
  const token = generateOpaqueToken('rt');
  await db.refreshToken.create({
    data: {
      tokenHash: hashOpaqueToken(token),
      grantId,
      scope: [...scope],
      expiresAt: new Date(now.getTime() + REFRESH_TOKEN_LIFETIME_SECONDS * 1000),
    },
  });
  return token;
}

/** Revokes a whole grant: its refresh tokens and every access token carrying its id stop working. */
export async function revokeGrant(db: Db, grantId: string, reason: string): Promise<void> {
  await db.grant.updateMany({ where: { id: grantId, revokedAt: null }, data: { revokedAt: new Date(), revokedReason: reason } });
}
