import type { MetadataDraft, NormalizedClientMetadata } from '@/lib/metadata';
import { needsClientSecret } from '@/lib/registration/secret-needs';

/** Whether registration will issue a client secret: the server's own rule. */
export const issuesSecret = needsClientSecret;

/**
 * The request a program would send for the same form: an RFC 7591 §3.1 registration, or, for an
 * existing client, the RFC 7592 §2.2 update, which carries the client_id in the body as well.
 */
export function registrationRequest(issuer: string, metadata: MetadataDraft, clientId?: string): string {
  const head =
    clientId === undefined
      ? [`POST ${issuer}/oauth/register HTTP/1.1`, 'Content-Type: application/json', 'Authorization: Bearer <initial access token, if registration requires one>']
      : [`PUT ${registrationClientUri(issuer, encodeURIComponent(clientId))} HTTP/1.1`, 'Content-Type: application/json', 'Authorization: Bearer <registration access token>'];
  const body = clientId === undefined ? metadata : { client_id: clientId, ...metadata };
  return [...head, '', JSON.stringify(body, null, 2)].join('\n');
}

const registrationClientUri = (issuer: string, clientId: string) => `${issuer}/oauth/register/${clientId}`;

/**
 * The client information response (RFC 7591 §3.2.1) to expect: the metadata with the server's
 * defaults applied, plus placeholders for what only the server can issue. An update answers with
 * the same client_id and a fresh registration access token.
 */
export function expectedResponse(issuer: string, normalized: NormalizedClientMetadata, clientId?: string): Record<string, unknown> {
  const body: Record<string, unknown> = {
    ...normalized,
    client_id: clientId ?? '<issued by the server>',
    client_id_issued_at: clientId === undefined ? '<unix time of registration>' : '<unchanged>',
  };
  if (issuesSecret(normalized)) {
    body.client_secret = clientId === undefined ? '<shown once>' : '<only if the change needs a new secret>';
    body.client_secret_expires_at = '<0, or unix time if secrets expire>';
  }
  body.registration_access_token = clientId === undefined ? '<shown once>' : '<a new one, shown once>';
  body.registration_client_uri = registrationClientUri(issuer, clientId === undefined ? '<client_id>' : encodeURIComponent(clientId));
  return body;
}
