import type { FormParams } from '../form';
import { authenticateWithAssertion } from './assertion-authentication';
import { findActiveClient, requireMethod } from './client-lookup';
import { checkClientSecret } from './client-secret-check';
import { presentedCredentials } from './presented-credentials';
import type { AuthenticatedClient, ClientAuthDeps } from './types';

export type { ClientRecordForAuth } from './client-lookup';
export type { AuthenticatedClient, ClientAuthDeps } from './types';
export { purgeExpiredAssertionJtis } from './assertion-replay';
export { JWT_BEARER_ASSERTION } from './assertion-authentication';

/**
 * Client authentication for the token, introspection and revocation endpoints (RFC 6749 §2.3,
 * RFC 7523, OIDC Core §9). The client must use the method it registered; every failure is a 401
 * invalid_client, and a request mixing methods a 400 invalid_request.
 */
export async function authenticateClient(request: Request, params: FormParams, deps: ClientAuthDeps): Promise<AuthenticatedClient> {
  const now = deps.now?.() ?? Date.now();
  const presented = presentedCredentials(request, params);
  switch (presented.kind) {
    case 'secret': {
      const { client, secrets } = await findActiveClient(deps.db, presented.clientId, 'hashes');
      requireMethod(client, presented.method);
      checkClientSecret(presented.secret, secrets, now);
      return { client, method: presented.method };
    }
    case 'assertion':
      return authenticateWithAssertion(presented, deps, now);
    case 'none': {
      const { client } = await findActiveClient(deps.db, presented.clientId, 'none');
      requireMethod(client, 'none');
      return { client, method: 'none' };
    }
  }
}
