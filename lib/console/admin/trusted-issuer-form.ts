import { z } from 'zod';
import type { TrustedIssuerInput } from '@/lib/registration/trusted-issuers';

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * The add-publisher form: the key set is pasted as JSON text or given as a URL. The service checks
 * the keys themselves; this only turns the text into what it expects.
 */
export const trustedIssuerFormSchema = z
  .object({
    name: z.string().trim().min(1, 'Give the publisher a name').max(200),
    issuer: z.string().trim().min(1, 'The iss value its statements carry is required').max(500),
    keySource: z.enum(['jwks', 'jwksUri']),
    jwks: z.string().trim().max(100_000),
    jwksUri: z.string().trim().max(2000),
  })
  .superRefine((value, ctx) => {
    if (value.keySource === 'jwksUri' && !value.jwksUri) ctx.addIssue({ code: 'custom', path: ['jwksUri'], message: 'Give the https URL of the key set' });
    if (value.keySource !== 'jwks') return;
    const parsed = value.jwks ? parseJson(value.jwks) : undefined;
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
      ctx.addIssue({ code: 'custom', path: ['jwks'], message: 'Paste a JSON key set like {"keys": [...]}' });
    }
  });

export type TrustedIssuerForm = z.input<typeof trustedIssuerFormSchema>;

export function toTrustedIssuerInput(form: z.output<typeof trustedIssuerFormSchema>): TrustedIssuerInput {
  return form.keySource === 'jwks'
    ? { name: form.name, issuer: form.issuer, jwks: parseJson(form.jwks) as TrustedIssuerInput['jwks'] }
    : { name: form.name, issuer: form.issuer, jwksUri: form.jwksUri };
}
