/** What the rules need to know about one URI string, computed once and cached. */
export interface UriInfo {
  readonly raw: string;
  /** An absolute URI the WHATWG parser accepts, with no whitespace, and `//authority` for http(s). */
  readonly valid: boolean;
  /** Lower-case scheme without the colon; `''` when there is none. */
  readonly scheme: string;
  /** Lower-case host name; IPv6 literals keep their brackets; `''` when there is none. */
  readonly host: string;
  readonly hasFragment: boolean;
  readonly hasWildcard: boolean;
  /** A literal loopback address: 127.0.0.0/8 or [::1] (RFC 8252 §7.3). */
  readonly loopbackIp: boolean;
  /** `localhost` or a name under `.localhost`, which resolve locally but through name lookup. */
  readonly localhost: boolean;
}

const SCHEME = /^([A-Za-z][A-Za-z0-9+.-]*):/;
const SPACE_OR_CONTROL = /[\s\u0000-\u001f\u007f]/;
const IPV4_LOOPBACK = /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/;
const CACHE_LIMIT = 1024;

// Every keystroke in the console re-analyzes the same handful of URIs, so parsing is memoized.
// The cache is emptied when full rather than tracking recency; refilling it costs one parse each.
const cache = new Map<string, UriInfo>();

function inspectUri(raw: string): UriInfo {
  const schemeMatch = SCHEME.exec(raw);
  const scheme = schemeMatch?.[1]?.toLowerCase() ?? '';
  const hasFragment = raw.includes('#');
  const hasWildcard = raw.includes('*');
  const invalid: UriInfo = { raw, valid: false, scheme, host: '', hasFragment, hasWildcard, loopbackIp: false, localhost: false };
  if (!schemeMatch || SPACE_OR_CONTROL.test(raw)) return invalid;
  const web = scheme === 'http' || scheme === 'https';
  // The WHATWG parser repairs "https:/x" and "https:x"; a registered URI must be written in full.
  if (web && !raw.startsWith('//', schemeMatch[0].length)) return invalid;
  let host: string;
  try {
    host = new URL(raw).hostname.toLowerCase();
  } catch {
    return invalid;
  }
  if (web && host === '') return invalid;
  return {
    raw,
    valid: true,
    scheme,
    host,
    hasFragment,
    hasWildcard,
    loopbackIp: web && (host === '[::1]' || IPV4_LOOPBACK.test(host)),
    localhost: web && (host === 'localhost' || host.endsWith('.localhost')),
  };
}

export function parseUri(raw: string): UriInfo {
  let info = cache.get(raw);
  if (info === undefined) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    info = Object.freeze(inspectUri(raw));
    cache.set(raw, info);
  }
  return info;
}

export function isLocal(uri: UriInfo): boolean {
  return uri.loopbackIp || uri.localhost;
}

export function isWebScheme(uri: UriInfo): boolean {
  return uri.scheme === 'http' || uri.scheme === 'https';
}

const HTTP_PREFIX = /^http:/i;

export function upgradeToHttps(raw: string): string {
  return raw.replace(HTTP_PREFIX, 'https:');
}
