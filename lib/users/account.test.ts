import { describe, expect, it } from 'vitest';
import { describeScope, httpsLogo } from './account';

describe('describeScope', () => {
  it('puts the standard scopes in plain words and shows others as they are', () => {
    expect(describeScope('openid')).toBe('Confirm who you are');
    expect(describeScope('profile')).toBe('See your name');
    expect(describeScope('email')).toBe('See your email address');
    expect(describeScope('offline_access')).toBe('Stay connected when you are not using it');
    expect(describeScope('calendar.read')).toBe('Use “calendar.read”');
    expect(describeScope('constructor')).toBe('Use “constructor”');
  });
});

describe('httpsLogo', () => {
  it('keeps only an https logo', () => {
    expect(httpsLogo({ logo_uri: 'https://app.example.com/logo.png' })).toBe('https://app.example.com/logo.png');
    for (const logo_uri of ['http://app.example.com/logo.png', 'javascript:alert(1)', 'data:image/svg+xml,<svg/>', '//evil.test/x.png', 'not a url', 42]) {
      expect(httpsLogo({ logo_uri })).toBeNull();
    }
    expect(httpsLogo({})).toBeNull();
    expect(httpsLogo(null)).toBeNull();
    expect(httpsLogo([])).toBeNull();
  });
});
