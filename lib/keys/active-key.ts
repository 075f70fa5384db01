import { importJWK, type JWK } from 'jose';
import type { SecretBox } from '../crypto/secret-box';
import type { Db } from '../db/client';
import type { SigningAlg } from './algorithms';
import { signsAt } from './state';
import { notRetiredAt } from './store';

/**
 * Another instance's rotation is seen within this time. A planned rotation publishes its key
 * minutes before it signs, so every instance knows the new key before it takes over.
 */
export const ACTIVE_KEY_CACHE_MS = 10_000;

export interface ActiveSigningKey {
  kid: string;
  alg: SigningAlg;
  privateKey: CryptoKey;
}

interface Candidate {
  kid: string;
  activatesAt: Date;
  retiredAt: Date | null;
  unpublishAt: Date | null;
  privateKeyCiphertext: string;
}

interface CandidateLookup {
  fetchedAt: number;
  candidates: Promise<Candidate[]>;
}

interface DatabaseCache {
  byAlg: Map<SigningAlg, CandidateLookup>;
  privateKeys: Map<string, { alg: SigningAlg; key: Promise<CryptoKey> }>;
}

export class SigningKeyUnavailableError extends Error {
  override name = 'SigningKeyUnavailableError';
}

// Per database, since keys (and the instances agreeing on them) belong to one database.
let caches = new WeakMap<Db, DatabaseCache>();

/** Drops cached lookups, so a rotation made by this process takes effect here at once. */
export function forgetCachedSigningKeys(db?: Db): void {
  if (db) caches.delete(db);
  else caches = new WeakMap();
}

function cacheOf(db: Db): DatabaseCache {
  let cache = caches.get(db);
  if (!cache) {
    cache = { byAlg: new Map(), privateKeys: new Map() };
    caches.set(db, cache);
  }
  return cache;
}

function fetchCandidates(db: Db, cache: DatabaseCache, alg: SigningAlg, now: Date): Promise<Candidate[]> {
  const candidates = db.signingKey
    .findMany({
      where: { alg, ...notRetiredAt(now) },
      select: { kid: true, activatesAt: true, retiredAt: true, unpublishAt: true, privateKeyCiphertext: true },
      orderBy: [{ activatesAt: 'desc' }, { createdAt: 'desc' }],
    })
    .then((found) => {
      const kids = new Set(found.map((key) => key.kid));
      for (const [kid, entry] of cache.privateKeys) if (entry.alg === alg && !kids.has(kid)) cache.privateKeys.delete(kid);
      return found;
    });
  const lookup = { fetchedAt: now.getTime(), candidates };
  cache.byAlg.set(alg, lookup);
  candidates.catch(() => {
    if (cache.byAlg.get(alg) === lookup) cache.byAlg.delete(alg);
  });
  return candidates;
}

/**
 * The cached lookup holds the pending key too, so the switch to it happens exactly at its
 * activation time rather than up to one cache period later.
 */
function candidatesFor(db: Db, alg: SigningAlg, now: Date): Promise<Candidate[]> {
  const cache = cacheOf(db);
  const lookup = cache.byAlg.get(alg);
  const age = lookup ? now.getTime() - lookup.fetchedAt : Infinity;
  if (lookup && age >= 0 && age < ACTIVE_KEY_CACHE_MS) return lookup.candidates;
  return fetchCandidates(db, cache, alg, now);
}

async function importPrivateKey(box: SecretBox, alg: SigningAlg, candidate: Candidate): Promise<CryptoKey> {
  let jwk: JWK;
  try {
    jwk = JSON.parse(box.open(candidate.privateKeyCiphertext)) as JWK;
  } catch {
    throw new SigningKeyUnavailableError(
      `signing key ${candidate.kid} cannot be decrypted: the server secret is not the one it was sealed with (restore AUTH_SECRET or run "keys rotate --immediate")`,
    );
  }
  const key = await importJWK(jwk, alg);
  if (key instanceof Uint8Array) throw new SigningKeyUnavailableError(`signing key ${candidate.kid} is not an asymmetric key`);
  return key;
}

function privateKeyOf(cache: DatabaseCache, box: SecretBox, alg: SigningAlg, candidate: Candidate): Promise<CryptoKey> {
  const cached = cache.privateKeys.get(candidate.kid);
  if (cached) return cached.key;
  const key = importPrivateKey(box, alg, candidate);
  cache.privateKeys.set(candidate.kid, { alg, key });
  key.catch(() => cache.privateKeys.delete(candidate.kid));
  return key;
}

/** The key that signs for `alg` at `now`: the most recently activated one that has not retired. */
export async function signingKeyFor(db: Db, box: SecretBox, alg: SigningAlg, now: Date = new Date()): Promise<ActiveSigningKey> {
  const candidate = (await candidatesFor(db, alg, now)).find((key) => signsAt(key, now));
  if (!candidate) throw new SigningKeyUnavailableError(`no ${alg} signing key is active (the server creates them at start)`);
  return { kid: candidate.kid, alg, privateKey: await privateKeyOf(cacheOf(db), box, alg, candidate) };
}
