import { describe, expect, it } from 'vitest';
import { matchesRegisteredRedirect } from './redirect-uri';

describe('matchesRegisteredRedirect', () => {
  const web = ['https://app.example.com/cb'];
  it.each([
    ['https://app.example.com/cb', web, 'web', true],
    ['https://app.example.com/cb/', web, 'web', false],
    ['https://app.example.com/cb?x=1', web, 'web', false],
    ['https://APP.example.com/cb', web, 'web', false],
    ['https://app.example.com:443/cb', web, 'web', false],
    ['http://127.0.0.1:51234/cb', ['http://127.0.0.1/cb'], 'native', true],
    ['http://127.0.0.1:51234/cb', ['http://127.0.0.1:8080/cb'], 'native', true],
    ['http://[::1]:4000/cb', ['http://[::1]/cb'], 'native', true],
    ['http://127.0.0.1:51234/other', ['http://127.0.0.1/cb'], 'native', false],
    ['http://127.0.0.1:51234/cb', ['http://127.0.0.1/cb'], 'web', false],
    ['http://localhost:51234/cb', ['http://localhost/cb'], 'native', false],
    ['com.example.app:/cb', ['com.example.app:/cb'], 'native', true],
    ['not a url', web, 'native', false],
  ])('%s against %j (%s) → %s', (requested, registered, type, expected) => {
    expect(matchesRegisteredRedirect(requested, registered, type)).toBe(expected);
  });
});
