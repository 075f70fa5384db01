import { z } from 'zod';
import { describeDuration } from './duration';

// Hostnames as URL.host spells them (lowercase, optional port); `*.` admits every subdomain.
const HOST_PATTERN = /^(\*\.)?[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*(:\d{1,5})?$/;

/** Splits a textarea of hosts on commas, spaces and new lines, so pasted lists work too. */
export function splitList(text: string): string[] {
  return [...new Set(text.split(/[\s,]+/).map((item) => item.trim().toLowerCase()).filter(Boolean))];
}

export function joinList(items: readonly string[] | undefined): string {
  return (items ?? []).join('\n');
}

/** A free-text list of redirect hosts, checked one by one so the message names the bad entry. */
export const hostListField = z
  .string()
  .max(10_000)
  .transform((text, ctx) => {
    const hosts = splitList(text);
    const bad = hosts.find((host) => !HOST_PATTERN.test(host));
    if (bad) ctx.addIssue({ code: 'custom', message: `${bad} is not a host name (use example.com or *.example.com)` });
    return hosts;
  });

/**
 * A whole number typed into a text box: empty means "not set". Form inputs are strings, and the
 * same schema runs in the browser and again in the server action.
 */
export function optionalWholeNumber(label: string, { min = 1, max }: { min?: number; max: number }) {
  return z
    .string()
    .trim()
    .regex(/^\d*$/, `${label} must be a whole number`)
    .transform((text) => (text === '' ? undefined : Number(text)))
    .refine((value) => value === undefined || value >= min, `${label} must be at least ${min}`)
    .refine((value) => value === undefined || value <= max, `${label} must be at most ${max.toLocaleString('en')}`);
}

/** A required duration typed in seconds; the bounds are spelt out in words in the messages. */
export function requiredSeconds(label: string, { min, max }: { min: number; max: number }) {
  const inWords = (seconds: number) => `${seconds.toLocaleString('en')} seconds (${describeDuration(seconds)})`;
  return z
    .string()
    .trim()
    .min(1, `${label} is required`)
    .regex(/^\d+$/, `${label} must be a whole number of seconds`)
    .transform(Number)
    .refine((value) => value >= min, `${label} must be at least ${inWords(min)}`)
    .refine((value) => value <= max, `${label} must be at most ${inWords(max)}`);
}
