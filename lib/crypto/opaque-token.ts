import { createHash, randomBytes } from 'node:crypto';

/**
 * Opaque bearer tokens: 256 random bits, URL-safe, with a short prefix that tells a reader (and a
 * secret scanner) what the token is for. Only the SHA-256 of a token is stored; 256 random bits
 * need no slow hash to resist guessing.
 */
export function generateOpaqueToken(prefix: string): string {
  return `${prefix}_${randomBytes(32).toString('base64url')}`;
}

export function hashOpaqueToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}
