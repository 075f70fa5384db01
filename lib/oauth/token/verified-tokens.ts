import type { JWTPayload } from 'jose';
import type { Db } from '../../db/client';

/**
 * Access tokens whose signature, type and issuer this process has already verified, by token
 * text. A resource server introspects the same token for every call it serves, and checking the
 * signature again was a fifth to a third of each introspection's work. Only what cannot change is
 * taken from here: the time claims are checked again on every use (below), the signing key must
 * still be published, and revocation, client and grant are looked up each time
 * (verify-access-token.ts).
 */

export interface VerifiedToken {
  issuer: string;
  kid: string;
  /** Frozen: one object serves every request presenting the token. */
  payload: Readonly<JWTPayload>;
}

/** Bounds the memory: about 10 MB at most, for the tokens introspected most recently. */
const MAX_ENTRIES = 10_000;

// Per database, as the keys that verified the tokens are.
const caches = new WeakMap<Db, Map<string, VerifiedToken>>();

function entriesOf(db: Db): Map<string, VerifiedToken> {
  let entries = caches.get(db);
  if (!entries) {
    entries = new Map();
    caches.set(db, entries);
  }
  return entries;
}

// jose's jwtVerify checks exp and nbf like this, with no clock tolerance given.
const expired = (payload: Readonly<JWTPayload>, nowSeconds: number) => typeof payload.exp !== 'number' || payload.exp <= nowSeconds;
const notYetValid = (payload: Readonly<JWTPayload>, nowSeconds: number) => typeof payload.nbf === 'number' && payload.nbf > nowSeconds;

/** The verified token, if it was verified for this issuer and is within its lifetime at `nowSeconds`. */
export function recallVerifiedToken(db: Db, token: string, issuer: string, nowSeconds: number): VerifiedToken | null {
  const entries = entriesOf(db);
  const entry = entries.get(token);
  if (!entry || entry.issuer !== issuer) return null;
  if (expired(entry.payload, nowSeconds)) {
    entries.delete(token);
    return null;
  }
  return notYetValid(entry.payload, nowSeconds) ? null : entry;
}

export function rememberVerifiedToken(db: Db, token: string, entry: VerifiedToken): void {
  const entries = entriesOf(db);
  if (entries.size >= MAX_ENTRIES) {
    // Maps iterate in insertion order: the oldest entry goes first.
    const oldest = entries.keys().next();
    if (!oldest.done) entries.delete(oldest.value);
  }
  entries.set(token, { ...entry, payload: Object.freeze({ ...entry.payload }) });
}
