import { createHash } from 'node:crypto';

const digestFor: Record<string, string> = { '256': 'sha256', '384': 'sha384', '512': 'sha512' };

/**
 * at_hash / c_hash (OIDC Core §3.1.3.6, §3.3.2.11): the left half of the hash of the value, with
 * the hash the ID token's alg uses (SHA-256 for *256, and so on; EdDSA with Ed25519 uses SHA-512).
 */
export function leftHalfHash(value: string, alg: string): string {
  const size = alg === 'EdDSA' ? '512' : alg.slice(-3);
  const digest = createHash(digestFor[size] ?? 'sha256').update(value, 'ascii').digest();
  return digest.subarray(0, digest.length / 2).toString('base64url');
}
