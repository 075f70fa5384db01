import type { NormalizedClientMetadata } from '../../metadata';
import { storedMetadata } from '../../registration/client-record';
import type { ClientRecordForAuth } from '../client-auth';
import { serverTokenLifetimes, type TokenRuntime } from '../token/runtime';
import { clientSubject } from './subject';
import { signForClient } from './client-signature';
import { leftHalfHash } from './token-hash-claim';
import { userClaims } from './user-claims';

export interface IdTokenInput {
  client: ClientRecordForAuth;
  userId: string;
  scope: readonly string[];
  authTime: Date | null;
  nonce?: string | null;
  accessToken?: string;
  code?: string;
  now?: Date;
}

/** An ID token (OIDC Core §2) signed with the algorithm the client registered. */
export async function issueIdToken(runtime: TokenRuntime, input: IdTokenInput): Promise<string> {
  const metadata: NormalizedClientMetadata = storedMetadata(input.client);
  const alg = metadata.id_token_signed_response_alg;
  const now = input.now ?? new Date();
  const iat = Math.floor(now.getTime() / 1000);
  // As long as the access token issued beside it: one lifetime per client to reason about.
  const lifetime = input.client.accessTokenLifetimeSeconds ?? (await serverTokenLifetimes(runtime)).accessTokenLifetimeSeconds;
  const payload: Record<string, unknown> = {
    iss: runtime.issuer,
    sub: clientSubject(input.client, input.userId, runtime.pairwiseSalt),
    aud: input.client.clientId,
    azp: input.client.clientId,
    iat,
    exp: iat + lifetime,
    ...(await userClaims(runtime.db, input.userId, input.scope)),
  };
  // Always sent when known: required with require_auth_time or max_age, and harmless otherwise.
  if (input.authTime) payload.auth_time = Math.floor(input.authTime.getTime() / 1000);
  if (input.nonce) payload.nonce = input.nonce;
  if (input.accessToken) payload.at_hash = leftHalfHash(input.accessToken, alg);
  if (input.code) payload.c_hash = leftHalfHash(input.code, alg);

  return signForClient(runtime, input.client.clientId, alg, payload, now);
}
