import type { MetadataDraft, NormalizedClientMetadata } from '@/lib/metadata';
import { needsClientSecret } from '@/lib/registration/secret-needs';

/** Whether registration will issue a client secret: the server's own rule. */
export const issuesSecret = needsClientSecret;

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
