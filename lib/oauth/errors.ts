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

export function jsonResponse(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', ...noStoreHeaders, ...headers },
  });
}

export function oauthErrorResponse(error: OAuthError): Response {
  return jsonResponse({ error: error.error, error_description: error.description }, error.status, error.headers);
}

/**
 * Runs a protocol handler so that nothing escapes as a 5xx with internals: OAuth errors become
 * their JSON answer, anything else is logged and answered with a bare `server_error`.
 */
export async function answerOAuth(run: () => Promise<Response>): Promise<Response> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof OAuthError) return oauthErrorResponse(error);
    console.error('protocol handler failed:', error instanceof Error ? error.message : error);
    return jsonResponse({ error: 'server_error', error_description: 'The server could not complete the request.' }, 500);
  }
}
