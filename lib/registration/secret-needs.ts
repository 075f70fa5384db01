import type { NormalizedClientMetadata } from '../metadata';

// Browser-safe on purpose: the console's live preview uses the same rule as the server.
const secretMethods = new Set(['client_secret_basic', 'client_secret_post', 'client_secret_jwt']);
const hmacAlgFields = ['id_token_signed_response_alg', 'userinfo_signed_response_alg', 'request_object_signing_alg'] as const;

function usesHmacAlg(metadata: NormalizedClientMetadata): boolean {
  return hmacAlgFields.some((field) => typeof metadata[field] === 'string' && (metadata[field] as string).startsWith('HS'));
}

/** Whether the client needs a secret at all: a secret-based auth method or an HMAC-signed artifact. */
export function needsClientSecret(metadata: NormalizedClientMetadata): boolean {
  return secretMethods.has(metadata.token_endpoint_auth_method) || usesHmacAlg(metadata);
}

/** Whether the server must be able to read the secret back (to verify or produce an HMAC). */
export function needsReadableSecret(metadata: NormalizedClientMetadata): boolean {
  return metadata.token_endpoint_auth_method === 'client_secret_jwt' || usesHmacAlg(metadata);
}
