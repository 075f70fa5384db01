import { compactVerify, decodeJwt, decodeProtectedHeader, errors, type CompactVerifyGetKey, type JWTPayload, type KeyInput } from 'jose';
import { OAuthError } from '../errors';
import { invalidClient } from './failures';

export interface UnverifiedAssertion {
  alg: unknown;
  kid: unknown;
  iss: unknown;
  sub: unknown;
}

/** Header and issuer, read before verification only to find the client and its keys. */
export function readUnverifiedAssertion(assertion: string): UnverifiedAssertion {
  try {
    const header = decodeProtectedHeader(assertion);
    const payload = decodeJwt(assertion);
    return { alg: header.alg, kid: header.kid, iss: payload.iss, sub: payload.sub };
  } catch {
    throw invalidClient('the client assertion is not a signed JWT');
  }
}

export type Verification = { payload: JWTPayload } | { failure: 'no_matching_key' | 'bad_signature' };

function parsePayload(bytes: Uint8Array): JWTPayload {
  try {
    const value: unknown = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as JWTPayload;
  } catch {
    // falls through to the refusal below
  }
  throw invalidClient('the client assertion payload is not a JSON object');
}

async function attempt(assertion: string, key: KeyInput | CompactVerifyGetKey, alg: string): Promise<Verification> {
  try {
    const { payload } = await compactVerify(assertion, key as KeyInput, { algorithms: [alg] });
    return { payload: parsePayload(payload) };
  } catch (error) {
    if (error instanceof errors.JWKSNoMatchingKey) return { failure: 'no_matching_key' };
    if (error instanceof errors.JWKSMultipleMatchingKeys) return attemptEach(assertion, error, alg);
    if (error instanceof OAuthError) throw error;
    // Besides JOSE errors, WebCrypto rejects unusable registered key material with its own errors:
    // either way this assertion cannot be verified.
    return { failure: 'bad_signature' };
  }
}

/** A key set may hold several keys fitting the header (no kid, or a reused kid): any one may have signed. */
async function attemptEach(assertion: string, candidates: AsyncIterable<KeyInput>, alg: string): Promise<Verification> {
  for await (const key of candidates) {
    const result = await attempt(assertion, key, alg);
    if ('payload' in result) return result;
  }
  return { failure: 'bad_signature' };
}

export function verifyAssertionSignature(assertion: string, key: KeyInput | CompactVerifyGetKey, alg: string): Promise<Verification> {
  return attempt(assertion, key, alg);
}

/** The first key that verifies wins; used for the current and the previous client secret. */
export async function verifyWithAnyKey(assertion: string, keys: readonly KeyInput[], alg: string): Promise<Verification> {
  for (const key of keys) {
    const result = await attempt(assertion, key, alg);
    if ('payload' in result) return result;
  }
  return { failure: 'bad_signature' };
}

export function verifiedPayload(result: Verification): JWTPayload {
  if ('payload' in result) return result.payload;
  throw invalidClient(
    result.failure === 'no_matching_key' ? 'no registered key of the client matches the client assertion' : 'the client assertion signature is invalid',
  );
}
