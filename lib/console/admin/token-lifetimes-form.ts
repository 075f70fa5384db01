import { z } from 'zod';
import { ACCESS_TOKEN_LIFETIME_BOUNDS, REFRESH_TOKEN_LIFETIME_BOUNDS, type TokenLifetimes } from '@/lib/oauth/token/lifetime-settings';
import { requiredSeconds } from './form-fields';

/** The token lifetimes form: the stored settings, with numbers as typed. The server action parses it again. */
export const tokenLifetimesFormSchema = z.object({
  accessTokenLifetimeSeconds: requiredSeconds('Access token lifetime', ACCESS_TOKEN_LIFETIME_BOUNDS),
  refreshTokenLifetimeSeconds: requiredSeconds('Refresh token lifetime', REFRESH_TOKEN_LIFETIME_BOUNDS),
});

export type TokenLifetimesForm = z.input<typeof tokenLifetimesFormSchema>;
export type TokenLifetimesFormOutput = z.output<typeof tokenLifetimesFormSchema>;

export function tokenLifetimesToForm(lifetimes: TokenLifetimes): TokenLifetimesForm {
  return {
    accessTokenLifetimeSeconds: String(lifetimes.accessTokenLifetimeSeconds),
    refreshTokenLifetimeSeconds: String(lifetimes.refreshTokenLifetimeSeconds),
  };
}
