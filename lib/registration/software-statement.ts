import {
  createLocalJWKSet,
  decodeJwt,
  decodeProtectedHeader,
  errors,
  jwtVerify,
  type JSONWebKeySet,
  type JWTPayload,
  type JWTVerifyGetKey,
} from 'jose';
import { OAuthError } from '../oauth/errors';

/**
 * RFC 7591 §2.3 software statements: a JWS over client metadata, accepted only when signed by a
 * software publisher the registry's admins trust.
 */

export interface TrustedIssuer {
  id: string;
  /** Shown to admins. */
  name: string;
  /** The `iss` claim value this publisher signs with. */
  issuer: string;
  jwks: JSONWebKeySet | null;
  jwksUri: string | null;
}

export interface SoftwareStatementDeps {
  issuers: readonly TrustedIssuer[];
  /** Fetches and returns a parsed JSON document (the registry passes its hardened SSRF-safe fetcher). */
  fetchJson: (url: string) => Promise<unknown>;
  /** Milliseconds since the epoch. */
  now?: () => number;
  /** Defaults to 60. */
  clockToleranceSeconds?: number;
}

export type SoftwareStatementErrorCode = 'invalid_software_statement' | 'unapproved_software_statement';

/**
 * An OAuthError so that the registration endpoint answers it as RFC 7591 §3.2.2 says without a
 * mapping of its own; `description` is always safe to hand back to the registrant.
 */
export class SoftwareStatementError extends OAuthError {
  override name = 'SoftwareStatementError';
  declare readonly error: SoftwareStatementErrorCode;

  constructor(error: SoftwareStatementErrorCode, description: string, options?: { cause?: unknown }) {
    super(error, description, 400);
    if (options && 'cause' in options) this.cause = options.cause;
  }
}

export interface VerifiedSoftwareStatement {
  issuer: TrustedIssuer;
  /** Metadata claims from the statement (JWT registered claims iss, sub?, iat, exp, nbf, jti, aud removed). */
  claims: Record<string, unknown>;
}

const ASYMMETRIC_ALGS = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA'];

/** Claims about the token itself rather than about the client (RFC 7519 §4.1). */
const REGISTERED_CLAIMS = new Set(['iss', 'sub', 'aud', 'exp', 'nbf', 'iat', 'jti']);

/** Far above any real statement; keeps base64 and JSON decoding of hostile input cheap. */
const MAX_STATEMENT_LENGTH = 64 * 1024;

/** Three base64url segments; the signature may be empty so that `alg: none` gets its own answer. */
const COMPACT_JWS = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/;

const KEY_SET_TTL_MS = 5 * 60_000;
/** Bounds how often statements naming unknown kids can make us hit a publisher's jwks_uri. */
const REFETCH_INTERVAL_MS = 30_000;

const DEFAULT_CLOCK_TOLERANCE_SECONDS = 60;

function invalid(description: string, cause?: unknown): SoftwareStatementError {
  return new SoftwareStatementError('invalid_software_statement', description, cause === undefined ? undefined : { cause });
}

/** Statement values are attacker-chosen; echoing them must not bloat the error response. */
function excerpt(value: string, max = 120): string {
  return value.length > max ? `${value.slice(0, max)}…` : value;
}

export async function verifySoftwareStatement(statement: unknown, deps: SoftwareStatementDeps): Promise<VerifiedSoftwareStatement> {
  if (typeof statement !== 'string') throw invalid('the software statement must be a string');
  if (statement.length > MAX_STATEMENT_LENGTH) throw invalid('the software statement is too large');
  if (!COMPACT_JWS.test(statement)) throw invalid('the software statement is not a compact JWS');

  let alg: unknown;
  let unverified: JWTPayload;
  try {
    alg = decodeProtectedHeader(statement).alg;
  } catch {
    throw invalid('the software statement header cannot be decoded');
  }
  if (typeof alg !== 'string' || alg === '') throw invalid('the software statement header has no alg');
  if (alg.toLowerCase() === 'none') throw invalid('unsigned software statements are not accepted');
  if (/^HS\d+$/i.test(alg)) throw invalid('software statements must be signed with an asymmetric key');
  if (!ASYMMETRIC_ALGS.includes(alg)) throw invalid(`the alg ${excerpt(alg, 40)} is not accepted for software statements`);
  try {
    unverified = decodeJwt(statement);
  } catch {
    throw invalid('the software statement payload cannot be decoded');
  }

  // The issuer is read before the signature is checked because it decides which keys to check it with.
  const iss = unverified.iss;
  if (typeof iss !== 'string' || iss === '') throw invalid('the software statement has no iss claim');
  const issuer = deps.issuers.find((candidate) => candidate.issuer === iss);
  if (!issuer) {
    throw new SoftwareStatementError('unapproved_software_statement', `software statements from ${excerpt(iss)} are not trusted here`);
  }

  const nowMs = (deps.now ?? Date.now)();
  const tolerance = Math.max(0, deps.clockToleranceSeconds ?? DEFAULT_CLOCK_TOLERANCE_SECONDS);
  const getKey = await keyResolverFor(issuer, deps, nowMs);

  let payload: JWTPayload;
  try {
    ({ payload } = await jwtVerify(statement, getKey, {
      algorithms: ASYMMETRIC_ALGS,
      issuer: iss,
      clockTolerance: tolerance,
      currentDate: new Date(nowMs),
    }));
  } catch (error) {
    if (error instanceof SoftwareStatementError) throw error;
    throw invalid(describeVerificationFailure(error), error);
  }

  // jose only bounds iat when asked for a maximum age; a statement minted in the future is still suspect.
  if (typeof payload.iat === 'number' && payload.iat > nowMs / 1000 + tolerance) {
    throw invalid('the software statement is issued in the future');
  }

  return { issuer, claims: metadataClaims(payload) };
}

/** RFC 7591 §3.1.1: claims in the statement take precedence over the same fields in the plain request; software_statement itself is kept. */
export function mergeSoftwareStatement(request: Record<string, unknown>, claims: Record<string, unknown>): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...request };
  for (const [name, value] of Object.entries(metadataClaims(claims))) {
    if (name === 'software_statement') continue;
    merged[name] = value;
  }
  return merged;
}

function metadataClaims(payload: Record<string, unknown>): Record<string, unknown> {
  // fromEntries defines properties, so a "__proto__" claim cannot reach the prototype; it is dropped
  // anyway because no client metadata is called that and later assignments would not be as careful.
  return Object.fromEntries(Object.entries(payload).filter(([name]) => !REGISTERED_CLAIMS.has(name) && name !== '__proto__'));
}

function describeVerificationFailure(error: unknown): string {
  if (error instanceof errors.JWTExpired) return 'the software statement has expired';
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.claim === 'nbf' && error.reason === 'check_failed') return 'the software statement is not yet valid';
    return `the software statement has an invalid ${excerpt(error.claim, 20)} claim`;
  }
  if (error instanceof errors.JWSSignatureVerificationFailed) return 'the software statement signature is invalid';
  if (error instanceof errors.JWKSNoMatchingKey) return "none of the issuer's keys matches the software statement";
  if (error instanceof errors.JWKSInvalid || error instanceof errors.JWKInvalid) return "the issuer's keys are not usable";
  if (error instanceof errors.JOSEAlgNotAllowed) return 'the software statement alg is not accepted';
  if (error instanceof errors.JWSInvalid || error instanceof errors.JWTInvalid) return 'the software statement is not a valid signed JWT';
  return 'the software statement could not be verified';
}

async function keyResolverFor(issuer: TrustedIssuer, deps: SoftwareStatementDeps, nowMs: number): Promise<JWTVerifyGetKey> {
  if (issuer.jwks) return localKeySet(issuer.jwks);
  if (issuer.jwksUri) return remoteKeyResolver(issuer.jwksUri, deps, nowMs);
  throw invalid('the issuer has no keys configured');
}

function localKeySet(jwks: unknown): JWTVerifyGetKey {
  if (!isKeySetDocument(jwks)) throw invalid("the issuer's key set is malformed");
  try {
    return createLocalJWKSet(jwks);
  } catch (error) {
    throw invalid("the issuer's key set is malformed", error);
  }
}

function isKeySetDocument(value: unknown): value is JSONWebKeySet {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const keys: unknown = (value as { keys?: unknown }).keys;
  return Array.isArray(keys) && keys.every((key) => typeof key === 'object' && key !== null && !Array.isArray(key));
}

interface RemoteKeySet {
  getKey: JWTVerifyGetKey;
  fetchedAt: number;
}

interface RemoteKeySetEntry {
  keys?: RemoteKeySet;
  /** When the last fetch started, successful or not: the refetch throttle counts attempts. */
  lastFetchAt: number;
  /** Concurrent registrations naming the same publisher share one fetch. */
  pending?: Promise<RemoteKeySet>;
}

/** Keyed by jwks_uri; bounded by the admin-managed list of trusted issuers. */
const remoteKeySets = new Map<string, RemoteKeySetEntry>();

async function remoteKeyResolver(url: string, deps: SoftwareStatementDeps, nowMs: number): Promise<JWTVerifyGetKey> {
  const cached = remoteKeySets.get(url)?.keys;
  const current = cached && nowMs - cached.fetchedAt < KEY_SET_TTL_MS ? cached : await fetchRemoteKeySet(url, deps, nowMs);

  return async (header, token) => {
    try {
      return await current.getKey(header, token);
    } catch (error) {
      // A kid we have not seen usually means the publisher rotated keys since our copy was taken.
      if (!(error instanceof errors.JWKSNoMatchingKey)) throw error;
      const entry = remoteKeySets.get(url);
      if (!entry || (!entry.pending && nowMs - entry.lastFetchAt < REFETCH_INTERVAL_MS)) throw error;
      const refreshed = await fetchRemoteKeySet(url, deps, nowMs);
      return refreshed.getKey(header, token);
    }
  };
}

function fetchRemoteKeySet(url: string, deps: SoftwareStatementDeps, nowMs: number): Promise<RemoteKeySet> {
  const existing = remoteKeySets.get(url);
  if (existing?.pending) return existing.pending;
  const target: RemoteKeySetEntry = existing ?? { lastFetchAt: nowMs };
  remoteKeySets.set(url, target);
  target.lastFetchAt = nowMs;
  const pending = (async () => {
    let document: unknown;
    try {
      document = await deps.fetchJson(url);
    } catch (error) {
      throw invalid("could not fetch the issuer's keys", error);
    }
    const keys: RemoteKeySet = { getKey: localKeySet(document), fetchedAt: nowMs };
    target.keys = keys;
    return keys;
  })().finally(() => {
    target.pending = undefined;
  });
  target.pending = pending;
  return pending;
}
