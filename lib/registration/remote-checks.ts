import { analyze, type NormalizedClientMetadata } from '../metadata';
import { OAuthError } from '../oauth/errors';

export type FetchJson = (url: string) => Promise<unknown>;

function fetchFailure(field: string, error: unknown): OAuthError {
  const reason = error instanceof Error ? error.message : 'the document could not be fetched';
  return new OAuthError('invalid_client_metadata', `${field}: ${reason}`);
}

/**
 * OIDC Dynamic Client Registration §5: the sector identifier document is a JSON array that lists
 * every redirect URI of the client, proving the hosts belong to one sector.
 */
export async function checkSectorIdentifier(metadata: NormalizedClientMetadata, fetchJson: FetchJson): Promise<void> {
  const uri = metadata.sector_identifier_uri;
  if (!uri) return;
  let document: unknown;
  try {
    document = await fetchJson(uri);
  } catch (error) {
    throw fetchFailure('sector_identifier_uri', error);
  }
  if (!Array.isArray(document) || !document.every((entry) => typeof entry === 'string')) {
    throw new OAuthError('invalid_client_metadata', 'sector_identifier_uri: the document must be a JSON array of redirect URIs');
  }
  const missing = (metadata.redirect_uris ?? []).filter((redirectUri) => !document.includes(redirectUri));
  if (missing.length > 0) {
    throw new OAuthError('invalid_redirect_uri', `sector_identifier_uri does not list the redirect URI ${missing[0]}`);
  }
}

/**
 * A client authenticating with private_key_jwt must publish a usable JWK Set; it is checked with
 * the same key rules the rulebook applies to an inline `jwks`.
 */
export async function checkJwksUri(metadata: NormalizedClientMetadata, fetchJson: FetchJson): Promise<void> {
  const uri = metadata.jwks_uri;
  if (!uri || metadata.token_endpoint_auth_method !== 'private_key_jwt') return;
  let document: unknown;
  try {
    document = await fetchJson(uri);
  } catch (error) {
    throw fetchFailure('jwks_uri', error);
  }
  const keys = (document as { keys?: unknown } | null)?.keys;
  if (!Array.isArray(keys) || keys.length === 0) {
    throw new OAuthError('invalid_client_metadata', 'jwks_uri: the document is not a JWK Set with at least one key');
  }
  const result = analyze({ token_endpoint_auth_method: 'private_key_jwt', jwks: document });
  const problem = result.errors.find((finding) => finding.fields.some((field) => field.startsWith('jwks')));
  if (problem) throw new OAuthError('invalid_client_metadata', `jwks_uri: ${problem.message}`);
}
