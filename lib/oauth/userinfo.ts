import { protocolAnswer, toResponse, type ProtocolAnswer } from './answer';
import { answerProtocol, jsonAnswer, OAuthError } from './errors';
import { storedMetadata } from '../registration/client-record';
import { signForClient } from './flows/client-signature';
import { userClaims } from './flows/user-claims';
import { bearerToken } from './request-body';
import type { TokenRuntime } from './token/runtime';
import { verifyAccessToken } from './token/verify-access-token';

const challenge = (error?: string) => ({ 'www-authenticate': error ? `Bearer error="${error}"` : 'Bearer' });

/** GET/POST /oauth/userinfo (OIDC Core §5.3): the claims the granted scopes allow, for the token's user. */
export function userinfoAnswer(runtime: TokenRuntime, request: Request): Promise<ProtocolAnswer> {
  return answerProtocol(async () => {
    if (request.method !== 'GET' && request.method !== 'POST') throw new OAuthError('invalid_request', 'use GET or POST', 405, { allow: 'GET, POST' });
    const token = bearerToken(request);
    if (!token) throw new OAuthError('invalid_token', 'a Bearer access token is required', 401, challenge());
    const claims = await verifyAccessToken(runtime, token);
    if (!claims) throw new OAuthError('invalid_token', 'the access token is not valid', 401, challenge('invalid_token'));
    const scope = (claims.scope ?? '').split(' ');
    if (!scope.includes('openid') || !claims.grant_id) {
      throw new OAuthError('insufficient_scope', 'the access token was not issued for openid', 403, challenge('insufficient_scope'));
    }
    const grant = await runtime.db.grant.findUnique({ where: { id: claims.grant_id }, select: { userId: true, client: true } });
    if (!grant?.userId) throw new OAuthError('invalid_token', 'the access token has no user', 401, challenge('invalid_token'));
    const body = { sub: claims.sub, ...(await userClaims(runtime.db, grant.userId, scope)) };
    const alg = storedMetadata(grant.client).userinfo_signed_response_alg;
    if (!alg) return jsonAnswer(body);
    // A client that registered userinfo_signed_response_alg gets a signed JWT (OIDC Core §5.3.2).
    const jwt = await signForClient(runtime, grant.client.clientId, alg, { ...body, iss: runtime.issuer, aud: grant.client.clientId });
    return protocolAnswer(200, { 'content-type': 'application/jwt', 'cache-control': 'no-store' }, jwt);
  });
}

/** As a Response, for the Next.js route handler; the Node server writes the answer itself. */
export function handleUserinfo(runtime: TokenRuntime, request: Request): Promise<Response> {
  return userinfoAnswer(runtime, request).then(toResponse);
}
