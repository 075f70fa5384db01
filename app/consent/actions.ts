'use server';

import { recordAudit } from '@/lib/audit/record';
import { currentSignIn } from '@/lib/auth/guard';
import { recordConsent } from '@/lib/oauth/authorize/consent';
import { AuthorizationPageError, AuthorizationRedirectError } from '@/lib/oauth/authorize/errors';
import { issueAuthorization } from '@/lib/oauth/authorize/issue';
import { validateAuthorizationRequest, type ErrorDestination } from '@/lib/oauth/authorize/request';
import { authorizationResult, errorResult, type AuthorizationResult } from '@/lib/oauth/authorize/response';
import { tokenRuntime } from '@/lib/oauth/token/runtime';

export type ConsentOutcome = { ok: true; result: AuthorizationResult } | { ok: false; error: string };

/**
 * The user's answer on the consent page. The request is validated again here, from the query the
 * page was given, and the user comes from the session: nothing the browser says is taken on trust.
 */
export async function decideConsent(query: string, decision: 'allow' | 'deny'): Promise<ConsentOutcome> {
  const signIn = await currentSignIn();
  if (!signIn) return { ok: false, error: 'Your session has ended. Sign in again.' };
  const runtime = await tokenRuntime();
  let destination: ErrorDestination | undefined;
  try {
    const request = await validateAuthorizationRequest(runtime.db, new URLSearchParams(query), (found) => (destination = found));
    const actor = { type: 'user', id: signIn.user.id, label: signIn.user.email } as const;
    if (decision === 'deny') {
      await recordAudit(runtime.db, actor, { action: 'consent.denied', target: { type: 'client', id: request.client.clientId } });
      return { ok: true, result: errorResult(request, runtime.issuer, 'access_denied', 'the user denied the request') };
    }
    await recordConsent(runtime.db, signIn.user.id, request.client.clientId, request.scope);
    await recordAudit(runtime.db, actor, { action: 'consent.granted', target: { type: 'client', id: request.client.clientId }, detail: { scope: request.scope } });
    const values = await issueAuthorization(runtime, request, { id: signIn.user.id, authTime: signIn.authTime });
    return { ok: true, result: authorizationResult(request, runtime.issuer, values) };
  } catch (error) {
    if (error instanceof AuthorizationPageError) return { ok: false, error: error.message };
    if (error instanceof AuthorizationRedirectError && destination) {
      return { ok: true, result: errorResult(destination, runtime.issuer, error.error, error.description) };
    }
    console.error('consent failed:', error instanceof Error ? error.message : error);
    return { ok: false, error: 'Something went wrong. Go back to the application and try again.' };
  }
}
