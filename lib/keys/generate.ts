import { calculateJwkThumbprint, exportJWK, generateKeyPair, type JWK } from 'jose';
import { keyPairOptions, type SigningAlg } from './algorithms';
import { publicSigningJwk, type PublicSigningJwk } from './public-jwk';

export interface GeneratedSigningKey {
  kid: string;
  alg: SigningAlg;
  publicJwk: PublicSigningJwk;
  privateJwk: JWK;
}

/**
 * The kid is the RFC 7638 thumbprint: derived from the key itself, so it is unique without
 * coordination between instances and the same key can never appear under two kids.
 */
export async function generateSigningKey(alg: SigningAlg): Promise<GeneratedSigningKey> {
  const { publicKey, privateKey } = await generateKeyPair(alg, keyPairOptions(alg));
  const exported = await exportJWK(publicKey);
  const kid = await calculateJwkThumbprint(exported, 'sha256');
  const publicJwk = publicSigningJwk(exported, kid, alg);
  const privateJwk: JWK = { ...(await exportJWK(privateKey)), kid, alg, use: 'sig' };
  return { kid, alg, publicJwk, privateJwk };
}
