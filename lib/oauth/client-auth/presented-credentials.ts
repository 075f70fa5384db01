import type { FormParams } from '../form';
import { basicCredentials } from './basic-credentials';
import { invalidClient, invalidRequest } from './failures';

export type PresentedCredentials =
  | { kind: 'secret'; method: 'client_secret_basic' | 'client_secret_post'; clientId: string; secret: string }
  | { kind: 'assertion'; assertionType: string; assertion: string; clientIdParam: string | undefined }
  | { kind: 'none'; clientId: string };

/**
 * Works out how the request tries to authenticate. RFC 6749 §2.3: a client MUST NOT use more than
 * one method in a request, so two at once is a malformed request rather than a failed login.
 */
export function presentedCredentials(request: Request, params: FormParams): PresentedCredentials {
  const basic = basicCredentials(request);
  const clientIdParam = params.get('client_id');
  const secretParam = params.get('client_secret');
  const assertionType = params.get('client_assertion_type');
  const assertion = params.get('client_assertion');
  const hasAssertion = assertionType !== undefined || assertion !== undefined;

  const methods = [basic !== null, secretParam !== undefined, hasAssertion].filter(Boolean).length;
  if (methods > 1) throw invalidRequest('the request uses more than one client authentication method');

  if (basic) {
    if (clientIdParam !== undefined && clientIdParam !== basic.clientId) {
      throw invalidRequest('client_id does not match the client of the Authorization header');
    }
    return { kind: 'secret', method: 'client_secret_basic', ...basic };
  }
  if (secretParam !== undefined) {
    if (clientIdParam === undefined) throw invalidRequest('client_secret is sent without client_id');
    return { kind: 'secret', method: 'client_secret_post', clientId: clientIdParam, secret: secretParam };
  }
  if (hasAssertion) {
    if (assertionType === undefined || assertion === undefined) {
      throw invalidRequest('client_assertion and client_assertion_type must be sent together');
    }
    return { kind: 'assertion', assertionType, assertion, clientIdParam };
  }
  if (clientIdParam === undefined) throw invalidClient('client authentication is required');
  return { kind: 'none', clientId: clientIdParam };
}
