import { forwardedParams } from './recheck';
import type { LogoutErrorCode } from './refusals';
import type { LogoutRequest } from './validate';

export const LOGOUT_CONFIRM_PATH = '/oauth/logout/confirm';
export const SIGNED_OUT_PATH = '/oauth/logout/done';
export const LOGOUT_ERROR_PATH = '/oauth/logout/error';

export function logoutErrorPath(error: LogoutErrorCode): string {
  return `${LOGOUT_ERROR_PATH}?${new URLSearchParams({ reason: error })}`;
}

/** The confirmation page for a checked request. */
export function logoutConfirmPath(request: LogoutRequest): string {
  const search = new URLSearchParams(forwardedParams(request)).toString();
  return search ? `${LOGOUT_CONFIRM_PATH}?${search}` : LOGOUT_CONFIRM_PATH;
}

/** §3: the client's URI, with state added to its query when the client sent one. */
export function postLogoutRedirect(redirectUri: string, state: string | null): string {
  if (state === null) return redirectUri;
  const url = new URL(redirectUri);
  url.searchParams.append('state', state);
  return url.toString();
}

/** Where the browser goes once the user has been signed out (or was not signed in). */
export function afterLogoutTarget(request: LogoutRequest): string {
  return request.redirectUri === null ? SIGNED_OUT_PATH : postLogoutRedirect(request.redirectUri, request.state);
}
