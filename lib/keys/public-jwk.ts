import { requiredJwkMembers } from '../metadata/algorithms';

/** Only string members: the key type's public ones (n and e, or crv, x and y) beside these. */
export interface PublicSigningJwk {
  kty: string;
  kid: string;
  alg: string;
  use: 'sig';
  [member: string]: string;
}

/**
 * Copies only the members a verifier needs. Built from an allow-list rather than by deleting
 * private members, so no member a future key type adds can leak into the JWKS.
 */
export function publicSigningJwk(jwk: unknown, kid: string, alg: string): PublicSigningJwk {
  if (typeof jwk !== 'object' || jwk === null) throw new Error(`signing key ${kid} has no public JWK`);
  const source = jwk as Record<string, unknown>;
  const kty = source.kty;
  const members = typeof kty === 'string' ? requiredJwkMembers[kty] : undefined;
  if (typeof kty !== 'string' || !members) throw new Error(`signing key ${kid} has an unsupported key type`);
  const result: PublicSigningJwk = { kty, kid, alg, use: 'sig' };
  for (const member of members) {
    const value = source[member];
    if (typeof value !== 'string') throw new Error(`signing key ${kid} lacks the public member ${member}`);
    result[member] = value;
  }
  return result;
}
