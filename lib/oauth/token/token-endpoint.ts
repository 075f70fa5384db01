import { authenticateClient } from '../client-auth';
import { toResponse, type ProtocolAnswer } from '../answer';
import { answerProtocol, jsonAnswer, OAuthError } from '../errors';
import { readForm } from '../form';
import { recordTokenIssued } from '../../stats/token-issuance';
import { grants } from './grants';
import { clientAuthDeps, tokenEndpointUrl, type TokenRuntime } from './runtime';

/**
 * POST /oauth/token (RFC 6749 §3.2). The grant type is checked before the client authenticates,
 * since an unsupported grant says nothing about any client; everything after needs a client.
 */
export function tokenAnswer(runtime: TokenRuntime, request: Request): Promise<ProtocolAnswer> {
  return answerProtocol(async () => {
    const params = await readForm(request);
    const grantType = params.get('grant_type');
    if (!grantType) throw new OAuthError('invalid_request', 'grant_type is required');
    const grant = grants.get(grantType);
    if (!grant) throw new OAuthError('unsupported_grant_type', `the grant type ${grantType} is not supported`);

    const { client } = await authenticateClient(request, params, clientAuthDeps(runtime, tokenEndpointUrl(runtime.issuer)));
    if (!client.grantTypes.includes(grantType)) {
      throw new OAuthError('unauthorized_client', `the client is not registered for the grant type ${grantType}`);
    }
    const missing = grant.parameters.find((name) => !params.has(name));
    if (missing) throw new OAuthError('invalid_request', `${missing} is required`);

    const body = await grant.handler({ runtime, client, params, now: new Date() });
    recordTokenIssued(runtime.db, grantType);
    return jsonAnswer(body);
  });
}

/** As a Response, for the Next.js route handler; the Node server writes the answer itself. */
export function handleToken(runtime: TokenRuntime, request: Request): Promise<Response> {
  return tokenAnswer(runtime, request).then(toResponse);
}
