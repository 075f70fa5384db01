import { randomBytes } from 'node:crypto';
import { signJwt } from '../../keys';
import type { ClientRecordForAuth } from '../client-auth';
import { serverTokenLifetimes, type TokenRuntime } from './runtime';

export interface IssuedAccessToken {
  token: string;
  jti: string;
  expiresIn: number;
}

/**
 * A JWT access token as RFC 9068 describes it (typ at+jwt, iss, sub, aud, client_id, scope, exp,
 * iat, jti), signed with the server's active key so resource servers can verify it alone.
 */
export async function issueAccessToken(
  runtime: TokenRuntime,
  input: { client: ClientRecordForAuth; subject: string; scope: string[]; audience?: string; grantId?: string; now?: Date },
): Promise<IssuedAccessToken> {
  const now = input.now ?? new Date();
  const issuedAt = Math.floor(now.getTime() / 1000);
  // The client's own lifetime wins; the server-wide one is for clients that set none.
  const expiresIn = input.client.accessTokenLifetimeSeconds ?? (await serverTokenLifetimes(runtime)).accessTokenLifetimeSeconds;
  const jti = randomBytes(16).toString('base64url');
  const payload: Record<string, unknown> = {
    iss: runtime.issuer,
    sub: input.subject,
    aud: input.audience ?? runtime.issuer,
    client_id: input.client.clientId,
    iat: issuedAt,
    exp: issuedAt + expiresIn,
    jti,
  };
  if (input.scope.length > 0) payload.scope = input.scope.join(' ');
  // Ties the token to the user's grant, so revoking the grant (code reuse, refresh token reuse,
  // withdrawn consent) makes the token inactive too.
  if (input.grantId) payload.grant_id = input.grantId;
  const token = await signJwt(runtime.db, runtime.keyBox, { alg: runtime.accessTokenAlg, payload, typ: 'at+jwt', now });
  return { token, jti, expiresIn };
}
