import type { GenerateKeyPairOptions } from 'jose';

/**
 * Every asymmetric algorithm discovery advertises can be given a key. Each key carries one `alg`
 * (RFC 7517 §4.4), so every algorithm has its own key and rotates on its own.
 */
const generationOptions = {
  ES256: {},
  ES384: {},
  ES512: {},
  RS256: { modulusLength: 2048 },
  RS384: { modulusLength: 2048 },
  RS512: { modulusLength: 2048 },
  PS256: { modulusLength: 2048 },
  PS384: { modulusLength: 2048 },
  PS512: { modulusLength: 2048 },
  EdDSA: { crv: 'Ed25519' },
} as const satisfies Record<string, GenerateKeyPairOptions>;

export type SigningAlg = keyof typeof generationOptions;

export const signingAlgs = Object.keys(generationOptions) as readonly SigningAlg[];

/** Created at first start: the two algorithms nearly every relying party accepts. */
export const defaultSigningAlgs: readonly SigningAlg[] = ['ES256', 'RS256'];

export function isSigningAlg(value: string): value is SigningAlg {
  return Object.hasOwn(generationOptions, value);
}

export function keyPairOptions(alg: SigningAlg): GenerateKeyPairOptions {
  return { ...generationOptions[alg], extractable: true };
}
