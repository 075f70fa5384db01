import type { Finding } from '../metadata';
import { needsClientSecret } from './client-secret';
import { storedMetadata } from './client-record';
import type { ClientRecord, IssuedClient } from './service';

export function registrationClientUri(issuer: string, clientId: string): string {
  return `${issuer}/oauth/register/${encodeURIComponent(clientId)}`;
}

const seconds = (date: Date) => Math.floor(date.getTime() / 1000);

/** Warnings travel in an extension member that standard clients ignore (RFC 7591 §3.2.1 allows extra members). */
function warningSummary(warnings: readonly Finding[]) {
  return warnings.map((finding) => ({ rule: finding.ruleId, fields: finding.fields, message: finding.message }));
}

/**
 * The client information response (RFC 7591 §3.2.1, RFC 7592 §3): registered metadata with
 * defaults, plus what the server set. A secret or token appears only when it was just issued.
 */
export function clientInformation(
  client: ClientRecord,
  issuer: string,
  issued: Partial<Pick<IssuedClient, 'clientSecret' | 'registrationAccessToken' | 'warnings'>> = {},
): Record<string, unknown> {
  const metadata = storedMetadata(client);
  const body: Record<string, unknown> = {
    ...metadata,
    client_id: client.clientId,
    client_id_issued_at: seconds(client.clientIdIssuedAt),
  };
  if (issued.clientSecret) body.client_secret = issued.clientSecret;
  if (needsClientSecret(metadata)) body.client_secret_expires_at = client.secretExpiresAt ? seconds(client.secretExpiresAt) : 0;
  if (issued.registrationAccessToken) body.registration_access_token = issued.registrationAccessToken;
  body.registration_client_uri = registrationClientUri(issuer, client.clientId);
  if (issued.warnings && issued.warnings.length > 0) body.warnings = warningSummary(issued.warnings);
  return body;
}
