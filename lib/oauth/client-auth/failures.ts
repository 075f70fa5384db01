import { OAuthError } from '../errors';

/**
 * RFC 6749 §5.2: a 401 for a failed client authentication carries a WWW-Authenticate challenge.
 * Basic is the scheme every client can answer, whichever method it tried.
 */
const challenge = { 'www-authenticate': 'Basic realm="token"' } as const;

export function invalidClient(description: string): OAuthError {
  return new OAuthError('invalid_client', description, 401, { ...challenge });
}

export function invalidRequest(description: string): OAuthError {
  return new OAuthError('invalid_request', description, 400);
}

export function wrongMethod(registeredMethod: string): OAuthError {
  return invalidClient(`this client authenticates with ${registeredMethod}`);
}

/** One message for unknown, disabled and pending clients, so a probe learns nothing from it. */
export function unknownClient(): OAuthError {
  return invalidClient('the client is unknown or not active');
}
