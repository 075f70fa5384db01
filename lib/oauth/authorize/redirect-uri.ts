/** Loopback IP literals a native app may listen on with any port (RFC 8252 §7.3). */
const loopbackHosts = new Set(['127.0.0.1', '[::1]']);

function withoutPort(url: URL): string {
  const copy = new URL(url.href);
  copy.port = '';
  return copy.href;
}

/**
 * Exact string matching (RFC 9700 §4.1.3), with one exception: a native client's http loopback
 * redirect may use whatever port the app got from the system, as RFC 8252 §7.3 requires.
 */
export function matchesRegisteredRedirect(requested: string, registered: readonly string[], applicationType: string): boolean {
  if (registered.includes(requested)) return true;
  if (applicationType !== 'native') return false;
  let url: URL;
  try {
    url = new URL(requested);
  } catch {
    return false;
  }
  if (url.protocol !== 'http:' || !loopbackHosts.has(url.hostname)) return false;
  const portless = withoutPort(url);
  return registered.some((candidate) => {
    try {
      const registeredUrl = new URL(candidate);
      return registeredUrl.protocol === 'http:' && loopbackHosts.has(registeredUrl.hostname) && withoutPort(registeredUrl) === portless;
    } catch {
      return false;
    }
  });
}
