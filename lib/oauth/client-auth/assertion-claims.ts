import type { JWTPayload } from 'jose';
import { invalidClient } from './failures';

export interface ClaimExpectations {
  clientId: string;
  /** Any one of these in aud will do: the endpoint URL or the issuer (OIDC Core §9, RFC 7523 §3). */
  audiences: readonly string[];
  nowSeconds: number;
  toleranceSeconds: number;
  maxLifetimeSeconds: number;
}

export interface AcceptedClaims {
  jti: string;
  exp: number;
}

/** Client-chosen jti values are stored until expiry; a bound keeps one assertion from costing a large row. */
const MAX_JTI_LENGTH = 256;

const isNumericDate = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

function audienceOf(payload: JWTPayload): readonly unknown[] {
  if (typeof payload.aud === 'string') return [payload.aud];
  return Array.isArray(payload.aud) ? payload.aud : [];
}

/** RFC 7523 §3 and OIDC Core §9, checked on a payload whose signature has already been verified. */
export function checkAssertionClaims(payload: JWTPayload, expected: ClaimExpectations): AcceptedClaims {
  const { nowSeconds: now, toleranceSeconds: tolerance, maxLifetimeSeconds: maxLifetime } = expected;
  if (payload.iss !== expected.clientId || payload.sub !== expected.clientId) {
    throw invalidClient('iss and sub of the client assertion must both be the client_id');
  }
  if (!audienceOf(payload).some((audience) => typeof audience === 'string' && expected.audiences.includes(audience))) {
    throw invalidClient('the client assertion is not addressed to this server (aud)');
  }
  const { exp, nbf, iat, jti } = payload;
  if (!isNumericDate(exp)) throw invalidClient('the client assertion has no exp');
  if (exp + tolerance <= now) throw invalidClient('the client assertion has expired');
  if (exp - now > maxLifetime) throw invalidClient(`the client assertion must expire within ${maxLifetime} seconds`);
  if (nbf !== undefined && (!isNumericDate(nbf) || nbf - tolerance > now)) throw invalidClient('the client assertion is not valid yet (nbf)');
  if (iat !== undefined) {
    if (!isNumericDate(iat) || iat - tolerance > now) throw invalidClient('the client assertion is issued in the future (iat)');
    if (exp - iat > maxLifetime) throw invalidClient(`the client assertion must not live longer than ${maxLifetime} seconds`);
  }
  if (typeof jti !== 'string' || jti === '') throw invalidClient('the client assertion has no jti');
  if (jti.length > MAX_JTI_LENGTH) throw invalidClient(`the jti of the client assertion is longer than ${MAX_JTI_LENGTH} characters`);
  return { jti, exp };
}
