import { calculateJwkThumbprint, type JWK } from 'jose';

/** One public key as the console lists it: enough to recognise it, nothing that could sign. */
export interface KeySummary {
  kid: string | null;
  kty: string;
  alg: string | null;
  use: string | null;
  /** The curve for EC/OKP keys, the modulus size for RSA. */
  strength: string | null;
  /** RFC 7638 SHA-256 thumbprint, the name a key keeps whatever its kid says. */
  thumbprint: string | null;
  /** A private member was present: it should never have been published. */
  hasPrivateParts: boolean;
}

const PRIVATE_MEMBERS = ['d', 'p', 'q', 'dp', 'dq', 'qi', 'k'];

const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : null);

function strength(jwk: Record<string, unknown>): string | null {
  if (typeof jwk.crv === 'string') return jwk.crv;
  if (jwk.kty === 'RSA' && typeof jwk.n === 'string') return `${Buffer.from(jwk.n, 'base64url').length * 8}-bit`;
  return null;
}

async function thumbprint(jwk: Record<string, unknown>): Promise<string | null> {
  try {
    return await calculateJwkThumbprint(jwk as JWK, 'sha256');
  } catch {
    // A key missing its required members has no thumbprint; it is still listed so it can be fixed.
    return null;
  }
}

/** The keys of a JWK Set, for display; anything that is not a key object is skipped. */
export async function summarizeJwks(jwks: unknown): Promise<KeySummary[]> {
  const keys = (jwks as { keys?: unknown } | null)?.keys;
  if (!Array.isArray(keys)) return [];
  const objects = keys.filter((key): key is Record<string, unknown> => key !== null && typeof key === 'object' && !Array.isArray(key));
  return Promise.all(
    objects.map(async (jwk) => ({
      kid: text(jwk.kid),
      kty: text(jwk.kty) ?? 'unknown',
      alg: text(jwk.alg),
      use: text(jwk.use),
      strength: strength(jwk),
      thumbprint: await thumbprint(jwk),
      hasPrivateParts: PRIVATE_MEMBERS.some((member) => member in jwk),
    })),
  );
}
