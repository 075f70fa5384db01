import { createLocalJWKSet, type JSONWebKeySet, type JWTPayload } from 'jose';
import { acceptedAlgorithm, type AssertionMethod } from './assertion-algorithms';
import { checkAssertionClaims } from './assertion-claims';
import { maybePurgeExpiredAssertionJtis, recordAssertionUse } from './assertion-replay';
import { readUnverifiedAssertion, verifiedPayload, verifyAssertionSignature, verifyWithAnyKey } from './assertion-signature';
import { findActiveClient, requireMethod, type ClientForAuth, type ClientRecordForAuth } from './client-lookup';
import { hmacSecrets, secretExpired } from './client-secret-check';
import { invalidClient } from './failures';
import { jwksUriCache } from './jwks-uri-cache';
import type { AuthenticatedClient, ClientAuthDeps } from './types';

export const JWT_BEARER_ASSERTION = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer';
const CLOCK_TOLERANCE_SECONDS = 30;
const DEFAULT_MAX_LIFETIME_SECONDS = 300;

export interface PresentedAssertion {
  assertionType: string;
  assertion: string;
  clientIdParam: string | undefined;
}

function registeredMetadata(client: ClientRecordForAuth): Record<string, unknown> {
  const metadata = client.metadata;
  return typeof metadata === 'object' && metadata !== null && !Array.isArray(metadata) ? metadata : {};
}

const hmacKey = (secret: string) => new TextEncoder().encode(secret);

async function verifyWithSecret(assertion: string, alg: string, found: ClientForAuth, deps: ClientAuthDeps, now: number) {
  const { usable, expired } = hmacSecrets(found.secrets, deps.secretBox, now);
  const result = await verifyWithAnyKey(assertion, usable.map(hmacKey), alg);
  if ('failure' in result && expired !== null && 'payload' in (await verifyWithAnyKey(assertion, [hmacKey(expired)], alg))) {
    throw secretExpired();
  }
  return result;
}

async function verifyWithClientKeys(assertion: string, alg: string, kid: unknown, client: ClientRecordForAuth, deps: ClientAuthDeps, now: number) {
  const { jwks, jwks_uri: jwksUri } = registeredMetadata(client);
  if (jwks !== undefined) {
    let keySet;
    try {
      keySet = createLocalJWKSet(jwks as JSONWebKeySet);
    } catch {
      throw invalidClient('the registered jwks of the client is unusable');
    }
    return verifyAssertionSignature(assertion, keySet, alg);
  }
  if (typeof jwksUri !== 'string') throw invalidClient('the client has no registered keys');
  const cached = await jwksUriCache.current(client.clientId, jwksUri, deps.fetchJson, now);
  if (!cached) throw invalidClient('the keys at the jwks_uri of the client could not be fetched');
  const first = await verifyAssertionSignature(assertion, cached, alg);
  // An unknown kid, or a kid-less assertion no key verifies, is what a key rotation looks like.
  const mayBeRotated = 'failure' in first && (first.failure === 'no_matching_key' || kid === undefined);
  if (!mayBeRotated) return first;
  const refreshed = await jwksUriCache.refreshed(client.clientId, jwksUri, deps.fetchJson, now);
  return refreshed ? verifyAssertionSignature(assertion, refreshed, alg) : first;
}

/** client_secret_jwt and private_key_jwt (RFC 7523 §2.2 and §3, OIDC Core §9). */
export async function authenticateWithAssertion(presented: PresentedAssertion, deps: ClientAuthDeps, now: number): Promise<AuthenticatedClient> {
  if (presented.assertionType !== JWT_BEARER_ASSERTION) throw invalidClient(`client_assertion_type must be ${JWT_BEARER_ASSERTION}`);
  const unverified = readUnverifiedAssertion(presented.assertion);
  const clientId = unverified.iss;
  if (typeof clientId !== 'string' || clientId === '' || unverified.sub !== clientId) {
    throw invalidClient('iss and sub of the client assertion must both be the client_id');
  }
  if (presented.clientIdParam !== undefined && presented.clientIdParam !== clientId) {
    throw invalidClient('client_id does not match the issuer of the client assertion');
  }

  const found = await findActiveClient(deps.db, clientId, 'ciphertexts');
  const { client } = found;
  requireMethod(client, 'client_secret_jwt', 'private_key_jwt');
  const method = client.tokenEndpointAuthMethod as AssertionMethod;
  const alg = acceptedAlgorithm(unverified.alg, method, registeredMetadata(client).token_endpoint_auth_signing_alg);

  const payload: JWTPayload = verifiedPayload(
    method === 'client_secret_jwt'
      ? await verifyWithSecret(presented.assertion, alg, found, deps, now)
      : await verifyWithClientKeys(presented.assertion, alg, unverified.kid, client, deps, now),
  );
  const claims = checkAssertionClaims(payload, {
    clientId,
    audiences: [deps.endpointUrl, deps.issuer],
    nowSeconds: now / 1000,
    toleranceSeconds: CLOCK_TOLERANCE_SECONDS,
    maxLifetimeSeconds: deps.maxAssertionLifetimeSeconds ?? DEFAULT_MAX_LIFETIME_SECONDS,
  });
  // Kept past exp by the clock tolerance, for as long as the assertion is still accepted.
  await recordAssertionUse(deps.db, clientId, claims.jti, new Date((claims.exp + CLOCK_TOLERANCE_SECONDS) * 1000));
  maybePurgeExpiredAssertionJtis(deps.db, new Date(now));
  return { client, method };
}
