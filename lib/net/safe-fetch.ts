import { SafeFetchError } from './errors';
import { settingsFrom, type SafeFetchOptions, type Settings } from './options';
import { readCapped, send, toHeaders } from './request';
import { parseTarget, pinTarget } from './target';

export { SafeFetchError, type SafeFetchErrorCode } from './errors';
export type { ResolvedAddress, Resolver, SafeFetchOptions } from './options';
export { isRefusedAddress } from './refused-address';

export interface SafeFetchResponse {
  status: number;
  headers: Headers;
  body: Uint8Array;
  /** After redirects. */
  url: string;
}

const FOLLOWED_REDIRECTS = new Set([301, 302, 303, 307, 308]);

/**
 * GET for URLs supplied by untrusted parties (jwks_uri, sector_identifier_uri, request_uri, ...):
 * refuses non-public addresses after resolution, pins the connection to the checked addresses,
 * re-checks every redirect hop and bounds time and size.
 */
export async function safeFetch(url: string, options: SafeFetchOptions = {}): Promise<SafeFetchResponse> {
  const settings = settingsFrom(options);
  const controller = new AbortController();
  const timer = setTimeout(
    () => controller.abort(new SafeFetchError('timeout', `no complete response within ${settings.timeoutMs} ms`)),
    settings.timeoutMs,
  );
  try {
    return await follow(url, settings, controller.signal);
  } finally {
    clearTimeout(timer);
  }
}

async function follow(input: string, settings: Settings, signal: AbortSignal): Promise<SafeFetchResponse> {
  let url = parseTarget(input, undefined, settings, '');
  for (let redirects = 0; ; redirects++) {
    const context = redirects === 0 ? '' : 'redirect: ';
    const exchange = await send(await pinTarget(url, settings, signal, context), settings.accept, signal);
    const status = exchange.response.statusCode ?? 0;
    const location = exchange.response.headers.location;
    if (!FOLLOWED_REDIRECTS.has(status) || !location) {
      const body = await readCapped(exchange, settings.maxBytes, signal);
      return { status, headers: toHeaders(exchange.response.rawHeaders), body, url: url.href };
    }
    exchange.request.destroy();
    if (redirects >= settings.maxRedirects) {
      throw new SafeFetchError('too_many_redirects', `more than ${settings.maxRedirects} redirects`);
    }
    url = parseTarget(location, url, settings, 'redirect: ');
  }
}

/** Like `safeFetch`, but only a 2xx response with a JSON body counts as success. */
export async function safeFetchJson(url: string, options?: SafeFetchOptions): Promise<unknown> {
  const response = await safeFetch(url, options);
  if (response.status < 200 || response.status > 299) {
    throw new SafeFetchError('http_status', `server responded with HTTP ${response.status}`, response.status);
  }
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(response.body)) as unknown;
  } catch {
    throw new SafeFetchError('invalid_json', 'response is not valid JSON');
  }
}
