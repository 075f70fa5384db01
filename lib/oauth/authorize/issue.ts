import { generateOpaqueToken, hashOpaqueToken } from '../../crypto/opaque-token';
import { IMPLICIT_GRANT, recordTokenIssued } from '../../stats/token-issuance';
import { issueIdToken } from '../flows/id-token';
import { clientSubject } from '../flows/subject';
import { issueAccessToken } from '../token/access-token';
import type { TokenRuntime } from '../token/runtime';
import type { AuthorizationRequest } from './request';

export const AUTHORIZATION_CODE_LIFETIME_SECONDS = 60;

/**
 * What the authorization endpoint hands back for an approved request: a code bound to the client,
 * redirect URI and PKCE challenge, and for implicit and hybrid response types the tokens too.
 */
export async function issueAuthorization(
  runtime: TokenRuntime,
  request: AuthorizationRequest,
  user: { id: string; authTime: Date | null },
): Promise<Record<string, string | undefined>> {
  const now = new Date();
  const parts = new Set(request.responseType.split(' '));
  const values: Record<string, string | undefined> = {};
  const code = parts.has('code') ? generateOpaqueToken('ac') : null;
  // The grant and its code are written together: never a grant without its code or the reverse.
  const grant = await runtime.db.$transaction(async (tx) => {
    const created = await tx.grant.create({
      data: { clientId: request.client.clientId, userId: user.id, scope: request.scope, authTime: user.authTime },
    });
    if (code) {
      await tx.authorizationCode.create({
        data: {
          codeHash: hashOpaqueToken(code),
          grantId: created.id,
          redirectUri: request.redirectUri,
          codeChallenge: request.codeChallenge,
          nonce: request.nonce,
          expiresAt: new Date(now.getTime() + AUTHORIZATION_CODE_LIFETIME_SECONDS * 1000),
        },
      });
    }
    return created;
  });
  if (code) values.code = code;
  if (parts.has('token')) {
    const subject = clientSubject(request.client, user.id, runtime.pairwiseSalt);
    const access = await issueAccessToken(runtime, { client: request.client, subject, scope: request.scope, grantId: grant.id, now });
    Object.assign(values, { access_token: access.token, token_type: 'Bearer', expires_in: String(access.expiresIn), scope: request.scope.join(' ') });
    recordTokenIssued(runtime.db, IMPLICIT_GRANT);
  }
  if (parts.has('id_token')) {
    values.id_token = await issueIdToken(runtime, {
      client: request.client,
      userId: user.id,
      scope: request.scope,
      authTime: user.authTime,
      nonce: request.nonce,
      code: values.code,
      accessToken: values.access_token,
      now,
    });
  }
  return values;
}
