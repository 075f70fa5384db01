// next-auth v4 names its JWT session cookie this way, with the __Secure- prefix on HTTPS, and
// splits a large token into numbered chunks (".0", ".1", ...) that must all go.
const SESSION_COOKIE = /^(?:__Secure-)?next-auth\.session-token(?:\.\d+)?$/;

export interface ExpiredCookie {
  name: string;
  value: '';
  options: { path: '/'; maxAge: 0; httpOnly: true; sameSite: 'lax'; secure: boolean };
}

/**
 * The Set-Cookie instructions that end a next-auth session held in these cookies. A JWT session
 * lives only in the cookie, so removing it is what signing out means. Browsers ignore a
 * __Secure- cookie set without the Secure attribute, so the expiry must carry it too.
 */
export function expiredSessionCookies(names: Iterable<string>): ExpiredCookie[] {
  return [...names]
    .filter((name) => SESSION_COOKIE.test(name))
    .map((name) => ({
      name,
      value: '',
      options: { path: '/', maxAge: 0, httpOnly: true, sameSite: 'lax', secure: name.startsWith('__Secure-') },
    }));
}
