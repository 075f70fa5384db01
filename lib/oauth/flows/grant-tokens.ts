import type { ClientRecordForAuth } from '../client-auth';
import { issueAccessToken } from '../token/access-token';
import type { TokenResponseBody } from '../token/grants/grant';
import type { TokenRuntime } from '../token/runtime';
import { issueIdToken } from './id-token';
import { createRefreshToken } from './refresh-tokens';
import { clientSubject } from './subject';

export interface GrantForTokens {
  id: string;
  userId: string;
  authTime: Date | null;
}

/**
 * The token response for a user's grant, shared by the authorization code, refresh token and
 * device code grants: an access token, an ID token for openid requests, and a refresh token when
 * the caller says so.
 */
export async function issueTokensForGrant(
  runtime: TokenRuntime,
  input: {
    client: ClientRecordForAuth;
    grant: GrantForTokens;
    scope: readonly string[];
    nonce?: string | null;
    /** Whether the response carries a refresh token (offline access granted, grant registered). */
    refresh: 'new' | 'none' | { keep: string };
    now: Date;
  },
): Promise<TokenResponseBody> {
  const { client, grant, scope, now } = input;
  const subject = clientSubject(client, grant.userId, runtime.pairwiseSalt);
  const access = await issueAccessToken(runtime, { client, subject, scope: [...scope], grantId: grant.id, now });
  const body: TokenResponseBody = { access_token: access.token, token_type: 'Bearer', expires_in: access.expiresIn };
  if (scope.length > 0) body.scope = scope.join(' ');
  if (scope.includes('openid')) {
    body.id_token = await issueIdToken(runtime, {
      client,
      userId: grant.userId,
      scope,
      authTime: grant.authTime,
      nonce: input.nonce,
      accessToken: access.token,
      now,
    });
  }
  if (input.refresh === 'new') body.refresh_token = await createRefreshToken(runtime, grant.id, scope, now);
  else if (input.refresh !== 'none') body.refresh_token = input.refresh.keep;
  return body;
}

/** Refresh tokens go to clients granted offline access that registered the refresh_token grant. */
export function grantsOfflineAccess(client: ClientRecordForAuth, scope: readonly string[]): boolean {
  return scope.includes('offline_access') && client.grantTypes.includes('refresh_token');
}
