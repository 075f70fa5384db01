import type { MetadataDraft, NormalizedClientMetadata } from '@/lib/metadata';

const secretMethods = new Set(['client_secret_basic', 'client_secret_post', 'client_secret_jwt']);
const hmacFields = ['id_token_signed_response_alg', 'userinfo_signed_response_alg', 'request_object_signing_alg'] as const;

/**
 * Whether registration will issue a client secret: a secret-based auth method or an HMAC-signed
 * artifact. Mirrors the server's rule in lib/registration/client-secret.ts, which cannot be bundled
 * for the browser because it hashes with node:crypto.
 */
export function issuesSecret(metadata: NormalizedClientMetadata): boolean {
  return (
    secretMethods.has(metadata.token_endpoint_auth_method) ||
    hmacFields.some((field) => typeof metadata[field] === 'string' && (metadata[field] as string).startsWith('HS'))
  );
}

/** The RFC 7591 §3.1 request a program would send for the same registration. */
export function registrationRequest(issuer: string, metadata: MetadataDraft): string {
  return [
    `POST ${issuer}/oauth/register HTTP/1.1`,
    'Content-Type: application/json',
    'Authorization: Bearer <initial access token, if registration requires one>',
    '',
    JSON.stringify(metadata, null, 2),
  ].join('\n');
}

/**
 * The client information response (RFC 7591 §3.2.1) to expect: the metadata with the server's
 * defaults applied, plus placeholders for what only the server can issue.
 */
export function expectedResponse(issuer: string, normalized: NormalizedClientMetadata): Record<string, unknown> {
  const body: Record<string, unknown> = {
    ...normalized,
    client_id: '<issued by the server>',
    client_id_issued_at: '<unix time of registration>',
  };
  if (issuesSecret(normalized)) {
    body.client_secret = '<shown once>';
    body.client_secret_expires_at = '<0, or unix time if secrets expire>';
  }
  body.registration_access_token = '<shown once>';
  body.registration_client_uri = `${issuer}/oauth/register/<client_id>`;
  return body;
}
