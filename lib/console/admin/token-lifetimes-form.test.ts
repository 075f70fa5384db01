import { describe, expect, it } from 'vitest';
import { defaultTokenLifetimes } from '@/lib/oauth/token/lifetime-settings';
import { describeDuration, secondsInWords } from './duration';
import { tokenLifetimesFormSchema, tokenLifetimesToForm } from './token-lifetimes-form';

describe('durations in words', () => {
  it.each([
    [0, '0 seconds'],
    [1, '1 second'],
    [60, '1 minute'],
    [3_600, '1 hour'],
    [5_400, '1 hour 30 minutes'],
    [86_400, '1 day'],
    [90_061, '1 day 1 hour 1 minute 1 second'],
    [2_592_000, '30 days'],
    [31_536_000, '365 days'],
  ])('%i seconds is %s', (seconds, words) => {
    expect(describeDuration(seconds)).toBe(words);
  });

  it('pairs the seconds with their meaning', () => {
    expect(secondsInWords(3_600)).toBe('3,600 seconds = 1 hour');
    expect(secondsInWords(45)).toBe('45 seconds');
  });
});

describe('token lifetimes form', () => {
  const form = (access: string, refresh: string) => ({ accessTokenLifetimeSeconds: access, refreshTokenLifetimeSeconds: refresh });
  const firstMessage = (access: string, refresh: string) => {
    const parsed = tokenLifetimesFormSchema.safeParse(form(access, refresh));
    return parsed.success ? null : parsed.error.issues[0]?.message;
  };

  it('round-trips the stored settings', () => {
    expect(tokenLifetimesFormSchema.parse(tokenLifetimesToForm(defaultTokenLifetimes))).toEqual(defaultTokenLifetimes);
    expect(tokenLifetimesFormSchema.parse(form(' 900 ', '7200'))).toEqual({ accessTokenLifetimeSeconds: 900, refreshTokenLifetimeSeconds: 7_200 });
  });

  it('explains what is wrong, with the bounds in words', () => {
    expect(firstMessage('', '3600')).toBe('Access token lifetime is required');
    expect(firstMessage('1h', '3600')).toBe('Access token lifetime must be a whole number of seconds');
    expect(firstMessage('59', '3600')).toBe('Access token lifetime must be at least 60 seconds (1 minute)');
    expect(firstMessage('86401', '3600')).toBe('Access token lifetime must be at most 86,400 seconds (1 day)');
    expect(firstMessage('3600', '31536001')).toBe('Refresh token lifetime must be at most 31,536,000 seconds (365 days)');
    expect(firstMessage('3600', '3599')).toBe('Refresh token lifetime must be at least 3,600 seconds (1 hour)');
  });
});
