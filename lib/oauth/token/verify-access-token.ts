import { decodeProtectedHeader, jwtVerify, type JWTPayload } from 'jose';
import type { Db } from '../../db/client';
import type { TokenRuntime } from './runtime';
import { isPublishedKey, verificationKeys } from './verification-keys';
import { recallVerifiedToken, rememberVerifiedToken } from './verified-tokens';

export interface AccessTokenClaims extends JWTPayload {
  client_id: string;
  scope?: string;
  grant_id?: string;
  jti: string;
  exp: number;
}

/**
 * One round trip for the three things that can end a valid signature's life: revocation of the
 * token, the client's status, and revocation of the user's grant (introspection runs this per call).
 */
async function stillHonoured(db: Db, claims: AccessTokenClaims): Promise<boolean> {
  const grantId = typeof claims.grant_id === 'string' ? claims.grant_id : null;
  const [state] = await db.$queryRaw<Array<{ revoked: boolean; client_active: boolean; grant_live: boolean }>>`
    SELECT
      EXISTS (SELECT 1 FROM revoked_tokens WHERE jti = ${claims.jti}) AS revoked,
      EXISTS (SELECT 1 FROM clients WHERE client_id = ${claims.client_id} AND status = 'active') AS client_active,
      (${grantId}::uuid IS NULL OR EXISTS (SELECT 1 FROM grants WHERE id = ${grantId}::uuid AND revoked_at IS NULL)) AS grant_live`;
  return state !== undefined && !state.revoked && state.client_active && state.grant_live;
}

/** Signature (by a published key), type at+jwt and issuer, by jose; null when any of them fails. */
async function verifiedPayload(runtime: TokenRuntime, token: string): Promise<{ payload: JWTPayload; kid: string | undefined } | null> {
  let kid: string | undefined;
  try {
    kid = decodeProtectedHeader(token).kid;
  } catch {
    return null;
  }
  try {
    const { payload } = await jwtVerify(token, await verificationKeys(runtime.db, kid), { issuer: runtime.issuer, typ: 'at+jwt' });
    return { payload, kid };
  } catch {
    return null;
  }
}

/** A token verified before, while its key is still published; otherwise verified now and remembered. */
async function signedClaims(runtime: TokenRuntime, token: string): Promise<JWTPayload | null> {
  const known = recallVerifiedToken(runtime.db, token, runtime.issuer, Math.floor(Date.now() / 1000));
  if (known && (await isPublishedKey(runtime.db, known.kid))) return known.payload;
  const verified = await verifiedPayload(runtime, token);
  if (!verified) return null;
  if (isAccessTokenClaims(verified.payload) && typeof verified.kid === 'string') {
    rememberVerifiedToken(runtime.db, token, { issuer: runtime.issuer, kid: verified.kid, payload: verified.payload });
  }
  return verified.payload;
}

function isAccessTokenClaims(payload: JWTPayload): payload is AccessTokenClaims {
  return typeof payload.client_id === 'string' && typeof payload.jti === 'string' && typeof payload.exp === 'number';
}

/**
 * The claims of an access token this server issued and still honours: valid signature from a
 * published key, type at+jwt, this issuer, not expired, not revoked, and its client still active.
 */
export async function verifyAccessToken(runtime: TokenRuntime, token: string): Promise<AccessTokenClaims | null> {
  const payload = await signedClaims(runtime, token);
  if (!payload || !isAccessTokenClaims(payload)) return null;
  return (await stillHonoured(runtime.db, payload)) ? payload : null;
}
