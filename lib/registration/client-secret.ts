import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

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

export { needsClientSecret, needsReadableSecret } from './secret-needs';
