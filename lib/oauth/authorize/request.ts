import type { Db } from '../../db/client';
import { serverCapabilities, type NormalizedClientMetadata } from '../../metadata';
import { storedMetadata } from '../../registration/client-record';
import { loadRegistrationPolicy } from '../../registration/settings-store';
import type { ClientRecord } from '../../registration/service';
import { isValidCodeChallenge } from '../flows/pkce';
import { parseScope } from '../token/scope';
import { AuthorizationPageError, AuthorizationRedirectError } from './errors';
import { matchesRegisteredRedirect } from './redirect-uri';

export type ResponseMode = 'query' | 'fragment' | 'form_post';
export type Prompt = 'none' | 'login' | 'consent' | 'select_account';

export interface AuthorizationRequest {
  client: ClientRecord;
  metadata: NormalizedClientMetadata;
  redirectUri: string;
  /** Space-separated, in canonical order: code, id_token, token. */
  responseType: string;
  responseMode: ResponseMode;
  scope: string[];
  state: string | null;
  nonce: string | null;
  codeChallenge: string | null;
  prompt: ReadonlySet<Prompt>;
  maxAge: number | null;
  loginHint: string | null;
}

/** What the client needs to receive an error: known once client_id and redirect_uri are trusted. */
export interface ErrorDestination {
  redirectUri: string;
  responseMode: ResponseMode;
  state: string | null;
}

const responseTypeOrder = ['code', 'id_token', 'token'];
const supportedResponseModes: readonly string[] = serverCapabilities.responseModes;
const supportedResponseTypes: readonly string[] = serverCapabilities.responseTypes;
const prompts = new Set<Prompt>(['none', 'login', 'consent', 'select_account']);
const single = (params: URLSearchParams, name: string): string | null => params.get(name) || null;

function canonicalResponseType(value: string): string {
  const parts = [...new Set(value.split(' ').filter(Boolean))];
  return parts.sort((a, b) => responseTypeOrder.indexOf(a) - responseTypeOrder.indexOf(b)).join(' ');
}

async function trustedClient(db: Db, params: URLSearchParams): Promise<{ client: ClientRecord; redirectUri: string }> {
  const clientId = single(params, 'client_id');
  if (!clientId || params.getAll('client_id').length > 1) throw new AuthorizationPageError('The request does not name one client (client_id).');
  const client = await db.client.findUnique({ where: { clientId } });
  if (!client) throw new AuthorizationPageError('The application asking you to sign in is not registered here.');
  if (client.status === 'pending') throw new AuthorizationPageError('This application is waiting for an administrator’s approval.');
  if (client.status !== 'active') throw new AuthorizationPageError('This application has been disabled.');
  const redirectUri = single(params, 'redirect_uri');
  if (!redirectUri || params.getAll('redirect_uri').length > 1) throw new AuthorizationPageError('The request does not say where to return to (redirect_uri).');
  if (!matchesRegisteredRedirect(redirectUri, client.redirectUris, client.applicationType)) {
    throw new AuthorizationPageError('The address the application asked to return to is not one it registered, so this server will not send you there.');
  }
  return { client, redirectUri };
}

function responseModeFor(responseType: string, requested: string | null): ResponseMode {
  // Tokens in a query string end up in logs and Referer headers (OAuth 2.0 Multiple Response Types §2.1).
  const defaultMode: ResponseMode = responseType === 'code' || responseType === 'none' ? 'query' : 'fragment';
  if (!requested) return defaultMode;
  if (!supportedResponseModes.includes(requested)) throw new AuthorizationRedirectError('invalid_request', `response_mode ${requested} is not supported`);
  if (requested === 'query' && defaultMode === 'fragment') {
    throw new AuthorizationRedirectError('invalid_request', 'tokens are never returned in the query string; use fragment or form_post');
  }
  return requested as ResponseMode;
}

/** Everything checked after the client and its redirect URI are trusted; failures go back to the client. */
async function checkRequest(db: Db, params: URLSearchParams, client: ClientRecord, metadata: NormalizedClientMetadata) {
  for (const name of new Set(params.keys())) {
    if (params.getAll(name).length > 1) throw new AuthorizationRedirectError('invalid_request', `the parameter ${name} is repeated`);
  }
  if (params.has('request')) throw new AuthorizationRedirectError('request_not_supported', 'request objects are not supported');
  if (params.has('request_uri')) throw new AuthorizationRedirectError('request_uri_not_supported', 'request_uri is not supported');

  const rawType = single(params, 'response_type');
  if (!rawType) throw new AuthorizationRedirectError('invalid_request', 'response_type is required');
  const responseType = canonicalResponseType(rawType);
  if (!supportedResponseTypes.includes(responseType)) {
    throw new AuthorizationRedirectError('unsupported_response_type', `response_type ${rawType} is not supported`);
  }
  if (!metadata.response_types.map(canonicalResponseType).includes(responseType)) {
    throw new AuthorizationRedirectError('unauthorized_client', `the client is not registered for response_type ${rawType}`);
  }
  const responseMode = responseModeFor(responseType, single(params, 'response_mode'));

  let scope: string[];
  try {
    scope = parseScope(single(params, 'scope') ?? undefined);
  } catch {
    throw new AuthorizationRedirectError('invalid_scope', 'the scope contains characters RFC 6749 §3.3 does not allow');
  }
  const allowed = client.scope ? parseScope(client.scope) : [...serverCapabilities.scopes];
  const refused = scope.filter((value) => !allowed.includes(value));
  if (refused.length > 0) throw new AuthorizationRedirectError('invalid_scope', `the client is not registered for the scope ${refused.join(' ')}`);
  if (responseType.includes('id_token') && !scope.includes('openid')) {
    throw new AuthorizationRedirectError('invalid_scope', 'an id_token response needs the openid scope');
  }

  const nonce = single(params, 'nonce');
  if (!nonce && responseType !== 'code' && responseType.includes('id_token')) {
    throw new AuthorizationRedirectError('invalid_request', 'nonce is required when the ID token comes from the authorization endpoint');
  }

  const codeChallenge = single(params, 'code_challenge');
  const method = single(params, 'code_challenge_method');
  if (codeChallenge) {
    if ((method ?? 'plain') !== 'S256') throw new AuthorizationRedirectError('invalid_request', 'code_challenge_method must be S256 (plain is refused)');
    if (!isValidCodeChallenge(codeChallenge)) throw new AuthorizationRedirectError('invalid_request', 'code_challenge is not a base64url SHA-256 value');
  } else if (method) {
    throw new AuthorizationRedirectError('invalid_request', 'code_challenge_method without code_challenge');
  }
  if (responseType.includes('code') && !codeChallenge) {
    const policy = (await loadRegistrationPolicy(db)).kinds[client.registrantKind as 'admin'];
    if (client.tokenEndpointAuthMethod === 'none' || policy?.requirePkce) {
      throw new AuthorizationRedirectError('invalid_request', 'PKCE is required: send code_challenge with code_challenge_method=S256');
    }
  }

  const promptValues = (single(params, 'prompt') ?? '').split(' ').filter(Boolean);
  if (!promptValues.every((value) => prompts.has(value as Prompt))) throw new AuthorizationRedirectError('invalid_request', 'prompt has an unknown value');
  const prompt = new Set(promptValues as Prompt[]);
  if (prompt.has('none') && prompt.size > 1) throw new AuthorizationRedirectError('invalid_request', 'prompt=none cannot be combined with other values');

  const maxAgeText = single(params, 'max_age');
  const maxAge = maxAgeText === null ? metadata.default_max_age ?? null : Number(maxAgeText);
  if (maxAge !== null && (!Number.isSafeInteger(maxAge) || maxAge < 0)) throw new AuthorizationRedirectError('invalid_request', 'max_age must be a non-negative integer');

  return { responseType, responseMode, scope, nonce, codeChallenge, prompt, maxAge };
}

/**
 * Validates an authorization request in the order the specs imply: client and redirect URI first
 * (their failures are shown, never redirected), then everything else (redirected to the client).
 * `onDestination` learns where errors may go as soon as that is known.
 */
export async function validateAuthorizationRequest(
  db: Db,
  params: URLSearchParams,
  onDestination?: (destination: ErrorDestination) => void,
): Promise<AuthorizationRequest> {
  const { client, redirectUri } = await trustedClient(db, params);
  const metadata = storedMetadata(client);
  const state = single(params, 'state');
  const guessedType = canonicalResponseType(single(params, 'response_type') ?? 'code');
  let guessedMode: ResponseMode = guessedType === 'code' ? 'query' : 'fragment';
  try {
    guessedMode = responseModeFor(guessedType, single(params, 'response_mode'));
  } catch {
    // An invalid response_mode is itself reported with the default mode.
  }
  onDestination?.({ redirectUri, responseMode: guessedMode, state });
  const checked = await checkRequest(db, params, client, metadata);
  return { client, metadata, redirectUri, state, loginHint: single(params, 'login_hint'), ...checked };
}
