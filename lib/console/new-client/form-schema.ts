import * as z from 'zod';
import { clientMetadataSchema } from '@/lib/metadata';
import { formValuesToMetadata, parseJwksText, type ClientFormValues } from './form-values';

const uriRow = z.object({ value: z.string() });

/**
 * The form's own shape checks: what a text box cannot express by itself (JSON in a textarea, a
 * number typed as text). Everything about meaning is left to the rulebook, which runs beside it, and
 * the result must still read as client metadata under the rulebook's schema.
 */
export const clientFormSchema = z
  .object({
    client_name: z.string(),
    redirect_uris: z.array(uriRow),
    grant_types: z.array(z.string()),
    response_types: z.array(z.string()),
    token_endpoint_auth_method: z.string(),
    token_endpoint_auth_signing_alg: z.string(),
    jwks: z.string().refine((value) => value.trim() === '' || parseJwksText(value) !== undefined, 'Not valid JSON.'),
    jwks_uri: z.string(),
    scope: z.string(),
    client_uri: z.string(),
    logo_uri: z.string(),
    policy_uri: z.string(),
    tos_uri: z.string(),
    contacts: z.string(),
    application_type: z.string(),
    subject_type: z.string(),
    id_token_signed_response_alg: z.string(),
    default_max_age: z.string().regex(/^\s*(\d+)?\s*$/, 'Whole seconds, or leave empty.'),
    require_auth_time: z.boolean(),
    post_logout_redirect_uris: z.array(uriRow),
  })
  .superRefine((values, context) => {
    const parsed = clientMetadataSchema.safeParse(formValuesToMetadata(values));
    if (parsed.success) return;
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? '');
      // jwks is the only field whose structure the user types freely; the rest are built by the form.
      context.addIssue({ code: 'custom', path: [field], message: field === 'jwks' ? 'A JWK Set is an object with a "keys" array.' : issue.message });
    }
  }) satisfies z.ZodType<ClientFormValues>;
