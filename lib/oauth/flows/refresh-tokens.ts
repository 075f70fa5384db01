import { generateOpaqueToken, hashOpaqueToken } from '../../crypto/opaque-token';
import type { Db } from '../../db/client';
import { serverTokenLifetimes, type TokenRuntime } from '../token/runtime';

/**
 * A new refresh token of a grant; only its hash is stored. It lives the server-wide refresh token
 * lifetime from now, so each rotation starts a full lifetime again.
 */
export async function createRefreshToken(runtime: TokenRuntime, grantId: string, scope: readonly string[], now: Date): Promise<string> {
  const { refreshTokenLifetimeSeconds } = await serverTokenLifetimes(runtime);
  const token = generateOpaqueToken('rt');
  await runtime.db.refreshToken.create({
    data: {
      tokenHash: hashOpaqueToken(token),
      grantId,
      scope: [...scope],
      expiresAt: new Date(now.getTime() + refreshTokenLifetimeSeconds * 1000),
    },
  });
  return token;
}

/** Revokes a whole grant: its refresh tokens and every access token carrying its id stop working. */
export async function revokeGrant(db: Db, grantId: string, reason: string): Promise<void> {
  await db.grant.updateMany({ where: { id: grantId, revokedAt: null }, data: { revokedAt: new Date(), revokedReason: reason } });
}
