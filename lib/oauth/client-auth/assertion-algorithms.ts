import { isHmacAlg } from '../../metadata/algorithms';
import { serverCapabilities } from '../../metadata/capabilities';
import { invalidClient } from './failures';

export type AssertionMethod = 'client_secret_jwt' | 'private_key_jwt';

const supported: readonly string[] = serverCapabilities.tokenEndpointAuthSigningAlgs;
const familyOf: Record<AssertionMethod, readonly string[]> = {
  client_secret_jwt: supported.filter(isHmacAlg),
  private_key_jwt: supported.filter((alg) => !isHmacAlg(alg)),
};

/**
 * The algorithm the assertion may be verified with: the registered token_endpoint_auth_signing_alg
 * when there is one, otherwise any the method's key type supports. Never `none`.
 */
export function acceptedAlgorithm(headerAlg: unknown, method: AssertionMethod, registeredAlg: unknown): string {
  if (typeof headerAlg !== 'string' || headerAlg.toLowerCase() === 'none') {
    throw invalidClient('unsigned client assertions are not accepted');
  }
  if (typeof registeredAlg === 'string' && registeredAlg !== headerAlg) {
    throw invalidClient(`the client assertion must be signed with ${registeredAlg}`);
  }
  const family = familyOf[method];
  if (!family.includes(headerAlg)) throw invalidClient(`${method} assertions must be signed with one of ${family.join(', ')}`);
  return headerAlg;
}
