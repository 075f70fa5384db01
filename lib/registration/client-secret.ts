import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { NormalizedClientMetadata } from '../metadata';

/** 256 random bits, URL-safe: nothing to guess and nothing to escape. */
export function generateClientSecret(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * A fast hash is enough for 256-bit random secrets (no dictionary to try); it keeps the token
 * endpoint's basic/post authentication cheap.
 */
export function hashClientSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/** Constant-time comparison of a presented secret with a stored hash. */
export function secretMatchesHash(presented: string, storedHash: string | null | undefined): boolean {
  if (!storedHash) return false;
  const a = Buffer.from(hashClientSecret(presented), 'hex');
  const b = Buffer.from(storedHash, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}

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
