/** Why a logout request was refused. Each ends on this server's error page, never at the client. */
export type LogoutErrorCode =
  | 'invalid_request'
  | 'invalid_id_token_hint'
  | 'client_mismatch'
  | 'unknown_client'
  | 'client_required'
  | 'unregistered_redirect_uri';

export interface LogoutRefusal {
  error: LogoutErrorCode;
  description: string;
}

const descriptions: Record<LogoutErrorCode, string> = {
  invalid_request: 'The sign-out request is malformed.',
  invalid_id_token_hint: 'The ID token sent with the sign-out request was not issued by this server, or has been altered.',
  client_mismatch: 'The application named in the request is not the one the ID token was issued to.',
  unknown_client: 'The application that sent you here is not registered with this server, or has been disabled.',
  client_required: 'The request asks to return to an address without saying which application it belongs to.',
  unregistered_redirect_uri: 'The address to return to after signing out is not registered for this application.',
};

export function isLogoutErrorCode(value: unknown): value is LogoutErrorCode {
  return typeof value === 'string' && Object.hasOwn(descriptions, value);
}

export function logoutRefusal(error: LogoutErrorCode): LogoutRefusal {
  return { error, description: descriptions[error] };
}
