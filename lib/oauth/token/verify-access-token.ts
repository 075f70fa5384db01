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
  // One round trip for the three things that can end a valid signature's life: revocation of the
  // token, the client's status, and revocation of the user's grant (introspection runs this per call).
  const [state] = await runtime.db.$queryRaw<Array<{ revoked: boolean; client_active: boolean; grant_live: boolean }>>`
    SELECT
      EXISTS (SELECT 1 FROM revoked_tokens WHERE jti = ${payload.jti}) AS revoked,
      EXISTS (SELECT 1 FROM clients WHERE client_id = ${payload.client_id} AND status = 'active') AS client_active,
      (${grantId}::uuid IS NULL OR EXISTS (SELECT 1 FROM grants WHERE id = ${grantId}::uuid AND revoked_at IS NULL)) AS grant_live`;
  if (!state || state.revoked || !state.client_active || !state.grant_live) return null;
  return payload as AccessTokenClaims;
}
