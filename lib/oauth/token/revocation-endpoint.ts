import { authenticateClient } from '../client-auth';
import { protocolAnswer, toResponse, type ProtocolAnswer } from '../answer';
import { answerProtocol, OAuthError } from '../errors';
import { readForm } from '../form';
import { clientAuthDeps, revocationEndpointUrl, type TokenRuntime } from './runtime';
import { verifyAccessToken } from './verify-access-token';

/**
 * POST /oauth/revoke (RFC 7009). Revoking a JWT access token records its jti until it would have
 * expired; introspection then reports it inactive. An unknown or already invalid token is not an
 * error (§2.2); a token of another client is refused.
 */
export function revocationAnswer(runtime: TokenRuntime, request: Request): Promise<ProtocolAnswer> {
  return answerProtocol(async () => {
    const params = await readForm(request);
    const { client } = await authenticateClient(request, params, clientAuthDeps(runtime, revocationEndpointUrl(runtime.issuer)));
    const token = params.get('token');
    if (!token) throw new OAuthError('invalid_request', 'token is required');
    const claims = await verifyAccessToken(runtime, token);
    if (claims) {
      if (claims.client_id !== client.clientId) throw new OAuthError('unauthorized_client', 'the token was not issued to this client');
      await runtime.db.revokedToken.upsert({
        where: { jti: claims.jti },
        create: { jti: claims.jti, clientId: claims.client_id, expiresAt: new Date(claims.exp * 1000) },
        update: {},
      });
    }
    return protocolAnswer(200, { 'cache-control': 'no-store' });
  });
}

/** As a Response, for the Next.js route handler; the Node server writes the answer itself. */
export function handleRevocation(runtime: TokenRuntime, request: Request): Promise<Response> {
  return revocationAnswer(runtime, request).then(toResponse);
}
