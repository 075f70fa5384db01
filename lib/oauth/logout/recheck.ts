import { OAuthError } from '../errors';
import { logoutParamsFromRecord, type LogoutParams } from './params';
import { logoutRefusal, type LogoutRefusal } from './refusals';
import type { LogoutRuntime } from './runtime';
import { validateLogoutRequest, type LogoutRequest } from './validate';

/**
 * What the confirmation page carries on from a checked request. The client is named by
 * client_id, so an ID token sent in a POST body never ends up in a URL.
 */
export function forwardedParams(request: LogoutRequest): LogoutParams {
  return {
    ...(request.client ? { client_id: request.client.clientId } : {}),
    ...(request.redirectUri !== null ? { post_logout_redirect_uri: request.redirectUri } : {}),
    ...(request.state !== null ? { state: request.state } : {}),
  };
}

function stringEntries(value: unknown): Record<string, string | string[]> {
  if (typeof value !== 'object' || value === null) return {};
  return Object.fromEntries(
    Object.entries(value).filter((entry): entry is [string, string | string[]] => {
      const item = entry[1];
      return typeof item === 'string' || (Array.isArray(item) && item.every((part) => typeof part === 'string'));
    }),
  );
}

/**
 * Checks again parameters that came back through the browser (a page URL, a form's bound
 * arguments): they may have been altered on the way, so they earn nothing from the first check.
 */
export async function recheckLogoutParams(runtime: LogoutRuntime, value: unknown): Promise<LogoutRequest | LogoutRefusal> {
  let params: LogoutParams;
  try {
    params = logoutParamsFromRecord(stringEntries(value));
  } catch (error) {
    if (error instanceof OAuthError) return logoutRefusal('invalid_request');
    throw error;
  }
  return validateLogoutRequest(runtime, params);
}
