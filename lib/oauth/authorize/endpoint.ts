import type { PublicUser } from '../../users/service';
import { answerOAuth, OAuthError } from '../errors';
import { readBodyText } from '../request-body';
import type { TokenRuntime } from '../token/runtime';
import { hasConsent } from './consent';
import { AuthorizationPageError, AuthorizationRedirectError } from './errors';
import { issueAuthorization } from './issue';
import { validateAuthorizationRequest, type AuthorizationRequest, type ErrorDestination } from './request';
import { authorizationResult, errorPageResponse, errorResult, resultResponse } from './response';

export interface SignIn {
  user: Pick<PublicUser, 'id'>;
  authTime: Date | null;
}

/** Added to the URL the user comes back to after signing in again, so the fresh sign-in is recognised. */
export const AUTH_AFTER_PARAM = 'auth_after';

async function requestParams(request: Request): Promise<URLSearchParams> {
  if (request.method === 'GET') return new URL(request.url).searchParams;
  if (request.method === 'POST') return new URLSearchParams(await readBodyText(request, 64 * 1024, 'invalid_request'));
  throw new OAuthError('invalid_request', 'use GET or POST', 405, { allow: 'GET, POST' });
}

function redirectTo(location: string): Response {
  return new Response(null, { status: 303, headers: { location, 'cache-control': 'no-store' } });
}

const seconds = (date: Date) => Math.floor(date.getTime() / 1000);

/** Why the user must sign in (again) before this request can go on, or null when they need not. */
function signInNeeded(request: AuthorizationRequest, params: URLSearchParams, signIn: SignIn | null, now: Date): boolean {
  if (!signIn) return true;
  const authTime = signIn.authTime ? seconds(signIn.authTime) : 0;
  const authAfter = Number(params.get(AUTH_AFTER_PARAM) ?? 0);
  // Back from a sign-in this endpoint asked for: it satisfies prompt=login and max_age alike.
  if (authAfter) return authTime < authAfter;
  if (request.prompt.has('login')) return true;
  return request.maxAge !== null && seconds(now) - authTime > request.maxAge;
}

function signInUrl(issuer: string, params: URLSearchParams, now: Date): string {
  const back = new URLSearchParams(params);
  back.set(AUTH_AFTER_PARAM, String(seconds(now)));
  const prompt = (back.get('prompt') ?? '').split(' ').filter((value) => value && value !== 'login');
  if (prompt.length > 0) back.set('prompt', prompt.join(' '));
  else back.delete('prompt');
  const callback = `/oauth/authorize?${back.toString()}`;
  // login_hint pre-fills the email field (OIDC Core §3.1.2.1); it never signs anyone in.
  const hint = params.get('login_hint');
  return `${issuer}/signin?reauth=1&callbackUrl=${encodeURIComponent(callback)}${hint ? `&login_hint=${encodeURIComponent(hint)}` : ''}`;
}

/**
 * GET/POST /oauth/authorize (RFC 6749 §4.1, OIDC Core §3). Sends the user to sign in or to the
 * consent page when needed; otherwise answers the client at once.
 */
export function handleAuthorize(runtime: TokenRuntime, request: Request, signIn: SignIn | null): Promise<Response> {
  return answerOAuth(async () => {
    const params = await requestParams(request);
    let destination: ErrorDestination | undefined;
    let validated: AuthorizationRequest;
    try {
      validated = await validateAuthorizationRequest(runtime.db, params, (found) => (destination = found));
    } catch (error) {
      if (error instanceof AuthorizationPageError) return errorPageResponse(error.message);
      if (error instanceof AuthorizationRedirectError && destination) {
        return resultResponse(errorResult(destination, runtime.issuer, error.error, error.description));
      }
      throw error;
    }
    const now = new Date();
    const fail = (error: string, description: string) => resultResponse(errorResult(validated, runtime.issuer, error, description));

    if (signInNeeded(validated, params, signIn, now)) {
      if (validated.prompt.has('none')) return fail('login_required', 'the user must sign in');
      return redirectTo(signInUrl(runtime.issuer, params, now));
    }
    const user = signIn!;
    if (validated.prompt.has('consent') || !(await hasConsent(runtime.db, user.user.id, validated.client.clientId, validated.scope))) {
      if (validated.prompt.has('none')) return fail('consent_required', 'the user has not allowed this application yet');
      const consentParams = new URLSearchParams(params);
      consentParams.delete(AUTH_AFTER_PARAM);
      return redirectTo(`${runtime.issuer}/consent?${consentParams}`);
    }
    const values = await issueAuthorization(runtime, validated, { id: user.user.id, authTime: user.authTime });
    return resultResponse(authorizationResult(validated, runtime.issuer, values));
  });
}
