import { createLocalJWKSet, type JWTVerifyGetKey } from 'jose';
import type { Db } from '../../db/client';
import { publicJwks } from '../../keys';

const CACHE_MS = 10_000;

interface CachedKeySet {
  fetchedAt: number;
  getKey: JWTVerifyGetKey;
  kids: ReadonlySet<string>;
}

let cached: Promise<CachedKeySet> | undefined;
let cachedAt = 0;

async function load(db: Db): Promise<CachedKeySet> {
  const jwks = await publicJwks(db);
  return { fetchedAt: Date.now(), getKey: createLocalJWKSet(jwks), kids: new Set(jwks.keys.map((key) => key.kid)) };
}

/**
 * The server's own published keys, for checking tokens it issued. Cached briefly; a kid not seen
 * yet (a key published by another instance a moment ago) triggers one reload.
 */
export async function verificationKeys(db: Db, kid: string | undefined): Promise<JWTVerifyGetKey> {
  if (!cached || Date.now() - cachedAt > CACHE_MS) {
    cachedAt = Date.now();
    cached = load(db);
  }
  let keySet = await cached.catch(() => null);
  if (!keySet || (kid && !keySet.kids.has(kid) && Date.now() - keySet.fetchedAt > 1000)) {
    cachedAt = Date.now();
    cached = load(db);
    keySet = await cached;
  }
  return keySet.getKey;
}
