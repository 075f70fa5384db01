/**
 * Problems with client_id or redirect_uri: the browser cannot be trusted to go back to the client,
 * so the server shows the error itself and never redirects (RFC 6749 §4.1.2.1).
 */
export class AuthorizationPageError extends Error {
  override name = 'AuthorizationPageError';
}

/** Every other problem goes back to the client's redirect URI as error + state + iss. */
export class AuthorizationRedirectError extends Error {
  override name = 'AuthorizationRedirectError';
  constructor(
    readonly error: string,
    readonly description: string,
  ) {
    super(`${error}: ${description}`);
  }
}
