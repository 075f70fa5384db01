import { authenticateClient } from '../client-auth';
import { toResponse, type ProtocolAnswer } from '../answer';
import { answerProtocol, jsonAnswer, OAuthError } from '../errors';
import { readForm } from '../form';
import { clientAuthDeps, introspectionEndpointUrl, type TokenRuntime } from './runtime';
import { verifyAccessToken } from './verify-access-token';

/**
 * POST /oauth/introspect (RFC 7662). A client learns about its own tokens; a client an admin marked
 * as a resource server learns about any. Anything else is simply "not active" (§2.2), so the
 * answer reveals nothing about other clients' tokens.
 */
export function introspectionAnswer(runtime: TokenRuntime, request: Request): Promise<ProtocolAnswer> {
  return answerProtocol(async () => {
    const params = await readForm(request);
    const { client } = await authenticateClient(request, params, clientAuthDeps(runtime, introspectionEndpointUrl(runtime.issuer)));
    const token = params.get('token');
    if (!token) throw new OAuthError('invalid_request', 'token is required');
    const claims = await verifyAccessToken(runtime, token);
    if (!claims || (claims.client_id !== client.clientId && !client.introspectsAnyToken)) return jsonAnswer({ active: false });
    const { iss, sub, aud, client_id, scope, exp, iat, jti } = claims;
    return jsonAnswer({ active: true, token_type: 'Bearer', iss, sub, aud, client_id, scope, exp, iat, jti });
  });
}

/** As a Response, for the Next.js route handler; the Node server writes the answer itself. */
export function handleIntrospection(runtime: TokenRuntime, request: Request): Promise<Response> {
  return introspectionAnswer(runtime, request).then(toResponse);
}
