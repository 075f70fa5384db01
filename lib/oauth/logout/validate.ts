import { storedMetadata } from '../../registration/client-record';
import { verifyIdTokenHint } from './id-token-hint';
import type { LogoutParams } from './params';
import { logoutRefusal, type LogoutRefusal } from './refusals';
import type { LogoutRuntime } from './runtime';

export interface LogoutClient {
  clientId: string;
  name: string | null;
}

export interface LogoutRequest {
  /** The client asking, when the hint or client_id names one. */
  client: LogoutClient | null;
  /** A registered post_logout_redirect_uri, exactly as registered; null shows our own page. */
  redirectUri: string | null;
  state: string | null;
}

async function activeClient(runtime: LogoutRuntime, clientId: string) {
  const row = await runtime.db.client.findUnique({
    where: { clientId },
    select: { clientId: true, clientName: true, status: true, metadata: true },
  });
  return row?.status === 'active' ? row : null;
}

/**
 * Checks an RP-Initiated Logout request (OpenID Connect RP-Initiated Logout 1.0 §2–3). The
 * client comes from the ID token hint or client_id (both must agree), and a redirect is allowed
 * only to one of that client's registered post_logout_redirect_uris, compared exactly: a logout
 * endpoint that redirects anywhere else is an open redirector.
 */
export async function validateLogoutRequest(runtime: LogoutRuntime, params: LogoutParams): Promise<LogoutRequest | LogoutRefusal> {
  let clientId = params.client_id ?? null;
  if (params.id_token_hint !== undefined) {
    const hint = await verifyIdTokenHint(runtime, params.id_token_hint);
    if (!hint) return logoutRefusal('invalid_id_token_hint');
    if (clientId !== null && clientId !== hint.clientId) return logoutRefusal('client_mismatch');
    clientId = hint.clientId;
  }
  const redirectUri = params.post_logout_redirect_uri ?? null;
  const state = params.state ?? null;
  if (clientId === null) return redirectUri === null ? { client: null, redirectUri, state } : logoutRefusal('client_required');

  const client = await activeClient(runtime, clientId);
  if (!client) return logoutRefusal('unknown_client');
  if (redirectUri !== null && !(storedMetadata(client).post_logout_redirect_uris ?? []).includes(redirectUri)) {
    return logoutRefusal('unregistered_redirect_uri');
  }
  return { client: { clientId: client.clientId, name: client.clientName }, redirectUri, state };
}
