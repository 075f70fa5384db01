import { describe, expect, it } from 'vitest';
import { expiredSessionCookies } from './session-cookies';
import { postLogoutRedirect } from './targets';

describe('expiredSessionCookies', () => {
  it('expires every next-auth session cookie and chunk, and nothing else', () => {
    const names = ['next-auth.session-token', '__Secure-next-auth.session-token.0', '__Secure-next-auth.session-token.1', 'next-auth.csrf-token', 'theme'];
    const expired = expiredSessionCookies(names);
    expect(expired.map((cookie) => cookie.name)).toEqual(names.slice(0, 3));
    expect(expired.every((cookie) => cookie.value === '' && cookie.options.maxAge === 0 && cookie.options.path === '/')).toBe(true);
    expect(expired.map((cookie) => cookie.options.secure)).toEqual([false, true, true]);
  });
});

describe('postLogoutRedirect', () => {
  it('keeps the registered URI as is without state and adds state to its query otherwise', () => {
    expect(postLogoutRedirect('https://rp.example.com/bye', null)).toBe('https://rp.example.com/bye');
    expect(postLogoutRedirect('https://rp.example.com/bye?lang=en', 'a b&c')).toBe('https://rp.example.com/bye?lang=en&state=a+b%26c');
  });
});
