const HMAC = /^HS\d+$/;

/** Algorithms keyed by the client secret (OIDC Core §10.1), which a public client does not have. */
export function isHmacAlg(alg: string): boolean {
  return HMAC.test(alg);
}

/**
 * Key management algorithms that need no key of the client's own: direct use or wrapping with a key
 * derived from the client secret. Everything else encrypts to a public key the client publishes.
 */
const SYMMETRIC_KEY_MANAGEMENT = /^(?:dir|A\d+(?:GCM)?KW|PBES2-.+)$/;

export function isSymmetricKeyManagement(alg: string): boolean {
  return SYMMETRIC_KEY_MANAGEMENT.test(alg);
}

/** Members a public JWK must carry per key type (RFC 7518 §6.2, §6.3; RFC 8037 §2). */
export const requiredJwkMembers: Readonly<Record<string, readonly string[]>> = {
  RSA: ['n', 'e'],
  EC: ['crv', 'x', 'y'],
  OKP: ['crv', 'x'],
};

/** Members that only a private or symmetric key carries (RFC 7518 §6.2.2, §6.3.2, §6.4). */
export const privateJwkMembers: readonly string[] = ['d', 'p', 'q', 'dp', 'dq', 'qi', 'oth', 'k'];
