import { createLocalJWKSet, type JSONWebKeySet } from 'jose';

export type ClientKeySet = ReturnType<typeof createLocalJWKSet>;
type FetchJson = (url: string) => Promise<unknown>;

const FRESH_FOR_MS = 5 * 60_000;
/** Bounds what one client can make the server fetch, however many bad assertions it sends. */
const MIN_FETCH_INTERVAL_MS = 30_000;
const MAX_ENTRIES = 1_000;

interface Entry {
  keySet: ClientKeySet | null;
  fetchedAt: number;
  attemptedAt: number;
  pending: Promise<ClientKeySet | null> | null;
}

function isJwkSet(document: unknown): document is JSONWebKeySet {
  const keys = (document as { keys?: unknown } | null)?.keys;
  return Array.isArray(keys) && keys.length > 0 && keys.every((key) => typeof key === 'object' && key !== null);
}

async function load(uri: string, fetchJson: FetchJson): Promise<ClientKeySet | null> {
  try {
    const document = await fetchJson(uri);
    return isJwkSet(document) ? createLocalJWKSet(document) : null;
  } catch {
    return null;
  }
}

/**
 * The key sets of private_key_jwt clients that publish a jwks_uri, per client and URL. The
 * imported keys live inside each set, so a cached set also saves re-importing them.
 */
export class JwksUriCache {
  private readonly entries = new Map<string, Entry>();

  /** The cached set while fresh; otherwise a new fetch, falling back to the stale set if it fails. */
  async current(clientId: string, uri: string, fetchJson: FetchJson, now: number): Promise<ClientKeySet | null> {
    const entry = this.entries.get(cacheKey(clientId, uri));
    if (entry?.keySet && now - entry.fetchedAt < FRESH_FOR_MS) return entry.keySet;
    return (await this.fetch(clientId, uri, fetchJson, now)) ?? entry?.keySet ?? null;
  }

  /**
   * A re-fetch after the keys did not fit an assertion (the client may have rotated), or null when
   * the set was fetched too recently to ask again.
   */
  refreshed(clientId: string, uri: string, fetchJson: FetchJson, now: number): Promise<ClientKeySet | null> {
    return this.fetch(clientId, uri, fetchJson, now);
  }

  private fetch(clientId: string, uri: string, fetchJson: FetchJson, now: number): Promise<ClientKeySet | null> {
    const entry = this.entryFor(cacheKey(clientId, uri));
    if (entry.pending) return entry.pending;
    if (now - entry.attemptedAt < MIN_FETCH_INTERVAL_MS) return Promise.resolve(null);
    entry.attemptedAt = now;
    entry.pending = load(uri, fetchJson)
      .then((keySet) => {
        if (keySet) {
          entry.keySet = keySet;
          entry.fetchedAt = now;
        }
        return keySet;
      })
      .finally(() => {
        entry.pending = null;
      });
    return entry.pending;
  }

  private entryFor(key: string): Entry {
    const existing = this.entries.get(key);
    if (existing) return existing;
    if (this.entries.size >= MAX_ENTRIES) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
    const entry: Entry = { keySet: null, fetchedAt: -Infinity, attemptedAt: -Infinity, pending: null };
    this.entries.set(key, entry);
    return entry;
  }
}

const cacheKey = (clientId: string, uri: string) => `${clientId}\n${uri}`;

/** One per process: every request of a client shares the fetched keys. */
export const jwksUriCache = new JwksUriCache();
