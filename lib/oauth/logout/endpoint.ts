import { OAuthError } from '../errors';
import { readLogoutParams } from './params';
import { logoutRefusal } from './refusals';
import type { LogoutRuntime } from './runtime';
import { logoutConfirmPath, logoutErrorPath } from './targets';
import { validateLogoutRequest } from './validate';

function seeOther(location: string): Response {
  // Relative, so the browser stays on the host it used (and keeps its cookies for it).
  return new Response(null, { status: 303, headers: { location, 'cache-control': 'no-store' } });
}

/**
 * The end_session_endpoint. It checks the request and hands over to the confirmation page, or to
 * the error page: a refused request never redirects to the client.
 */
export async function handleLogout(runtime: LogoutRuntime, request: Request): Promise<Response> {
  let result;
  try {
    result = await validateLogoutRequest(runtime, await readLogoutParams(request));
  } catch (error) {
    if (!(error instanceof OAuthError)) throw error;
    result = logoutRefusal('invalid_request');
  }
  return seeOther('error' in result ? logoutErrorPath(result.error) : logoutConfirmPath(result));
}
