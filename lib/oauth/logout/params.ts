import { OAuthError } from '../errors';
import { readForm } from '../form';

/** The request parameters of OpenID Connect RP-Initiated Logout 1.0 §2. */
export const LOGOUT_PARAMETERS = ['id_token_hint', 'client_id', 'post_logout_redirect_uri', 'state', 'ui_locales', 'logout_hint'] as const;

export type LogoutParams = Partial<Record<(typeof LOGOUT_PARAMETERS)[number], string>>;

const known: ReadonlySet<string> = new Set(LOGOUT_PARAMETERS);

/**
 * Keeps the logout parameters of a query or form. As elsewhere in OAuth, an empty value counts
 * as absent and a repeated parameter is an error: which of two redirect URIs would be meant?
 */
export function logoutParamsFrom(entries: Iterable<[string, string]>): LogoutParams {
  const params: LogoutParams = {};
  const seen = new Set<string>();
  for (const [name, value] of entries) {
    if (!known.has(name)) continue;
    if (seen.has(name)) throw new OAuthError('invalid_request', `the parameter ${name} is repeated`);
    seen.add(name);
    if (value !== '') params[name as keyof LogoutParams] = value;
  }
  return params;
}

/** Page search parameters as Next.js hands them over; a repeated one arrives as an array. */
export function logoutParamsFromRecord(record: Record<string, string | string[] | undefined>): LogoutParams {
  return logoutParamsFrom(Object.entries(record).flatMap(([name, value]) => [value ?? []].flat().map((item): [string, string] => [name, item])));
}

/** §2: the OP supports GET with a query and POST with a form body, to the same endpoint. */
export async function readLogoutParams(request: Request): Promise<LogoutParams> {
  if (request.method === 'POST') return logoutParamsFrom(await readForm(request));
  return logoutParamsFrom(new URL(request.url).searchParams);
}
