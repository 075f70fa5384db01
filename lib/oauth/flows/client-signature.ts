import { SignJWT } from 'jose';
import { isSigningAlg, signJwt } from '../../keys';
import { OAuthError } from '../errors';
import type { TokenRuntime } from '../token/runtime';

async function hmacKey(runtime: TokenRuntime, clientId: string): Promise<Uint8Array> {
  const row = await runtime.db.client.findUnique({ where: { clientId }, select: { secretCiphertext: true } });
  if (!row?.secretCiphertext) throw new OAuthError('invalid_client', 'the client has no secret to sign with', 400);
  return new TextEncoder().encode(runtime.secretBox.open(row.secretCiphertext));
}

/**
 * Signs a JWT for a client with the algorithm it registered: HS* with its own secret (OIDC Core
 * §10.1), anything else with the server's key for that algorithm.
 */
export async function signForClient(runtime: TokenRuntime, clientId: string, alg: string, payload: Record<string, unknown>, now?: Date): Promise<string> {
  if (alg.startsWith('HS')) return new SignJWT(payload).setProtectedHeader({ alg, typ: 'JWT' }).sign(await hmacKey(runtime, clientId));
  if (!isSigningAlg(alg)) throw new OAuthError('invalid_request', `the server cannot sign with ${alg}`);
  return signJwt(runtime.db, runtime.keyBox, { alg, payload, typ: 'JWT', now });
}
