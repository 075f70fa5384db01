import { decodeProtectedHeader, jwtVerify, type JWTPayload } from 'jose';
import type { TokenRuntime } from './runtime';
import { verificationKeys } from './verification-keys';

export interface AccessTokenClaims extends JWTPayload {
  client_id: string;
  scope?: string;
  grant_id?: string;
  jti: string;
  exp: number;
}

/**
 * The claims of an access token this server issued and still honours: valid signature from a
 * published key, type at+jwt, this issuer, not expired, not revoked, and its client still active.
 */
export async function verifyAccessToken(runtime: TokenRuntime, token: string): Promise<AccessTokenClaims | null> {
  let kid: string | undefined;
  try {
    kid = decodeProtectedHeader(token).kid;
  } catch {
    return null;
  }
  let payload: JWTPayload;
  try {
    ({ payload } = await jwtVerify(token, await verificationKeys(runtime.db, kid), { issuer: runtime.issuer, typ: 'at+jwt' }));
  } catch {
    return null;
  }
  if (typeof payload.client_id !== 'string' || typeof payload.jti !== 'string' || typeof payload.exp !== 'number') return null;
  const grantId = typeof payload.grant_id === 'string' ? payload.grant_id : null;
  const [revoked, client, grant] = await Promise.all([
    runtime.db.revokedToken.findUnique({ where: { jti: payload.jti }, select: { jti: true } }),
    runtime.db.client.findUnique({ where: { clientId: payload.client_id }, select: { status: true } }),
    grantId ? runtime.db.grant.findUnique({ where: { id: grantId }, select: { revokedAt: true } }) : null,
  ]);
  if (revoked || client?.status !== 'active') return null;
  if (grantId && (!grant || grant.revokedAt)) return null;
  return payload as AccessTokenClaims;
}
