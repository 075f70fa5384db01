import { z } from 'zod';
import { ACCESS_TOKEN_LIFETIME_BOUNDS } from '@/lib/oauth/token/lifetime-settings';
import { optionalWholeNumber } from './admin/form-fields';

/**
 * A client's own access token lifetime as typed: empty means "use the server default". The same
 * schema checks the browser form and the server action.
 */
export const clientTokenLifetimeFormSchema = z.object({
  accessTokenLifetimeSeconds: optionalWholeNumber('Access token lifetime', ACCESS_TOKEN_LIFETIME_BOUNDS),
});

export type ClientTokenLifetimeForm = z.input<typeof clientTokenLifetimeFormSchema>;
export type ClientTokenLifetimeValues = z.output<typeof clientTokenLifetimeFormSchema>;
