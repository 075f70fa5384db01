import { z } from 'zod';
import { serverCapabilities } from '@/lib/metadata/capabilities';
import type { NewInitialAccessToken } from '@/lib/registration/initial-access-tokens';
import { hostListField, optionalWholeNumber } from './form-fields';

export const expiryUnits = { hours: 3600, days: 24 * 3600 } as const;
export type ExpiryUnit = keyof typeof expiryUnits;

// The service refuses anything longer; checking here puts the message beside the field.
const MAX_EXPIRY_SECONDS = 366 * 24 * 3600;

/** What the create form sends: strings as typed, turned into the service's input by `toNewToken`. */
export const createTokenFormSchema = z
  .object({
    expiresIn: optionalWholeNumber('Expiry', { max: MAX_EXPIRY_SECONDS }),
    expiryUnit: z.enum(['hours', 'days']),
    maxUses: optionalWholeNumber('Maximum uses', { max: 1_000_000 }),
    description: z.string().trim().max(200, 'Use at most 200 characters'),
    grantTypes: z.array(z.enum(serverCapabilities.grantTypes)).default([]),
    redirectHosts: hostListField,
  })
  .refine((value) => value.expiresIn === undefined || value.expiresIn * expiryUnits[value.expiryUnit] <= MAX_EXPIRY_SECONDS, {
    message: 'A token may live at most 366 days',
    path: ['expiresIn'],
  });

export type CreateTokenForm = z.input<typeof createTokenFormSchema>;
export type CreateTokenOutput = z.output<typeof createTokenFormSchema>;

/** Empty restrictions are left out: a token's policy only ever narrows the registrant kind's policy. */
export function toNewToken(form: CreateTokenOutput): NewInitialAccessToken {
  const policy: NonNullable<NewInitialAccessToken['policy']> = {};
  if (form.grantTypes.length > 0) policy.grantTypes = form.grantTypes;
  if (form.redirectHosts.length > 0) policy.allowedRedirectHosts = form.redirectHosts;
  return {
    expiresInSeconds: form.expiresIn === undefined ? undefined : form.expiresIn * expiryUnits[form.expiryUnit],
    maxUses: form.maxUses,
    description: form.description || undefined,
    policy: Object.keys(policy).length > 0 ? policy : undefined,
  };
}

export type TokenStatus = 'active' | 'revoked' | 'expired' | 'used up';

export function tokenStatus(token: { revokedAt: Date | null; expiresAt: Date | null; maxUses: number | null; uses: number }, now = new Date()): TokenStatus {
  if (token.revokedAt) return 'revoked';
  if (token.expiresAt && token.expiresAt <= now) return 'expired';
  if (token.maxUses !== null && token.uses >= token.maxUses) return 'used up';
  return 'active';
}

export function usesLeft(token: { maxUses: number | null; uses: number }): string {
  return token.maxUses === null ? 'unlimited' : String(Math.max(0, token.maxUses - token.uses));
}
