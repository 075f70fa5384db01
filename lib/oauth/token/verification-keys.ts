import { createLocalJWKSet, type JWTVerifyGetKey } from 'jose';
import type { Db } from '../../db/client';
import { publicJwks } from '../../keys';

const CACHE_MS = 10_000;
const RELOAD_GAP_MS = 1_000;

interface CachedKeySet {
  fetchedAt: number;
  getKey: JWTVerifyGetKey;
  kids: ReadonlySet<string>;
}

// Keyed by database so a process talking to two databases (tests, tools) never mixes their keys.
const cache = new WeakMap<Db, Promise<CachedKeySet>>();

function load(db: Db): Promise<CachedKeySet> {
  const loading = publicJwks(db).then((jwks) => ({
    fetchedAt: Date.now(),
    getKey: createLocalJWKSet(jwks),
    kids: new Set(jwks.keys.map((key) => key.kid)),
  }));
  cache.set(db, loading);
  loading.catch(() => cache.delete(db));
  return loading;
}

/**
 * The server's own published keys, for checking tokens it issued. Cached briefly; a kid not seen
 * yet (a key another instance published a moment ago) triggers a reload, at most once a second.
 */
export async function verificationKeys(db: Db, kid: string | undefined): Promise<JWTVerifyGetKey> {
  return (await currentKeySet(db, kid)).getKey;
}

/** Whether the key is among the published ones, as verificationKeys sees them: a token it signed still verifies. */
export async function isPublishedKey(db: Db, kid: string): Promise<boolean> {
  return (await currentKeySet(db, kid)).kids.has(kid);
}

async function currentKeySet(db: Db, kid: string | undefined): Promise<CachedKeySet> {
  let keySet = await (cache.get(db) ?? load(db));
  const age = Date.now() - keySet.fetchedAt;
  if (age > CACHE_MS || (kid !== undefined && !keySet.kids.has(kid) && age > RELOAD_GAP_MS)) keySet = await load(db);
  return keySet;
}
