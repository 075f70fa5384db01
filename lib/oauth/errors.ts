import { protocolAnswer, toResponse, type ProtocolAnswer } from './answer';

/**
 * An OAuth error as RFC 6749 §5.2 (and RFC 6750 §3, RFC 7591 §3.2.2) put it on the wire:
 * `{ error, error_description }` with the status that goes with it.
 */
export class OAuthError extends Error {
  override name = 'OAuthError';
  constructor(
    readonly error: string,
    readonly description: string,
    readonly status = 400,
    readonly headers: Record<string, string> = {},
  ) {
    super(`${error}: ${description}`);
  }
}

export const noStoreHeaders = { 'cache-control': 'no-store', pragma: 'no-cache' } as const;

export function jsonAnswer(body: unknown, status = 200, headers: Record<string, string> = {}): ProtocolAnswer {
  return protocolAnswer(status, { 'content-type': 'application/json', ...noStoreHeaders, ...headers }, JSON.stringify(body));
}

export function jsonResponse(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return toResponse(jsonAnswer(body, status, headers));
}

function oauthErrorAnswer(error: OAuthError): ProtocolAnswer {
  return jsonAnswer({ error: error.error, error_description: error.description }, error.status, error.headers);
}

export function oauthErrorResponse(error: OAuthError): Response {
  return toResponse(oauthErrorAnswer(error));
}

/** OAuth errors become their JSON answer; anything else is logged and answered with a bare `server_error`. */
function failureAnswer(error: unknown): ProtocolAnswer {
  if (error instanceof OAuthError) return oauthErrorAnswer(error);
  console.error('protocol handler failed:', error instanceof Error ? error.message : error);
  return jsonAnswer({ error: 'server_error', error_description: 'The server could not complete the request.' }, 500);
}

/** Runs a protocol handler so that nothing escapes as a 5xx with internals (see failureAnswer). */
export async function answerProtocol(run: () => Promise<ProtocolAnswer>): Promise<ProtocolAnswer> {
  try {
    return await run();
  } catch (error) {
    return failureAnswer(error);
  }
}

/** answerProtocol for handlers that build their Response themselves (pages, redirects). */
export async function answerOAuth(run: () => Promise<Response>): Promise<Response> {
  try {
    return await run();
  } catch (error) {
    return toResponse(failureAnswer(error));
  }
}
