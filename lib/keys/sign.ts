import { SignJWT, type JWTPayload } from 'jose';
import type { SecretBox } from '../crypto/secret-box';
import type { Db } from '../db/client';
import { signingKeyFor } from './active-key';
import type { SigningAlg } from './algorithms';

export interface SignJwtInput {
  alg: SigningAlg;
  payload: JWTPayload;
  /** The JWT type header, such as "at+jwt" (RFC 9068) or "JWT" for ID tokens. */
  typ?: string;
  now?: Date;
}

/** Signs with the key active for the algorithm; the kid header lets verifiers pick it from the JWKS. */
export async function signJwt(db: Db, box: SecretBox, input: SignJwtInput): Promise<string> {
  const key = await signingKeyFor(db, box, input.alg, input.now);
  const header = { alg: key.alg, kid: key.kid, ...(input.typ ? { typ: input.typ } : {}) };
  return new SignJWT(input.payload).setProtectedHeader(header).sign(key.privateKey);
}
