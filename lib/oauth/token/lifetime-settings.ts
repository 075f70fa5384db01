import { z } from 'zod';
import { recordAudit, type Actor } from '../../audit/record';
import type { Db } from '../../db/client';
import type { Prisma } from '../../db/generated/client';

// Console forms import the bounds from here, so this module's runtime imports stay browser-safe:
// the database arrives as an argument and only types come from lib/db.

const HOUR = 3_600;
const DAY = 24 * HOUR;

/** Bounds of an access token lifetime, server-wide or per client (clients.access_token_lifetime_seconds). */
export const ACCESS_TOKEN_LIFETIME_BOUNDS = { min: 60, max: DAY } as const;
export const REFRESH_TOKEN_LIFETIME_BOUNDS = { min: HOUR, max: 365 * DAY } as const;

export const DEFAULT_ACCESS_TOKEN_LIFETIME_SECONDS = HOUR;
export const DEFAULT_REFRESH_TOKEN_LIFETIME_SECONDS = 30 * DAY;

const seconds = (label: string, bounds: { min: number; max: number }) =>
  z
    .number()
    .int(`${label} must be a whole number of seconds`)
    .min(bounds.min, `${label} must be at least ${bounds.min.toLocaleString('en')} seconds`)
    .max(bounds.max, `${label} must be at most ${bounds.max.toLocaleString('en')} seconds`);

/**
 * Server-wide token lifetimes, stored as one setting. Members have defaults so a setting saved
 * before a member existed still reads. ID tokens live as long as the access token issued with them.
 */
export const tokenLifetimesSchema = z.object({
  /** For clients without a lifetime of their own. */
  accessTokenLifetimeSeconds: seconds('Access token lifetime', ACCESS_TOKEN_LIFETIME_BOUNDS).default(DEFAULT_ACCESS_TOKEN_LIFETIME_SECONDS),
  /** Counted from each issuance: a rotated refresh token gets a full lifetime again. */
  refreshTokenLifetimeSeconds: seconds('Refresh token lifetime', REFRESH_TOKEN_LIFETIME_BOUNDS).default(DEFAULT_REFRESH_TOKEN_LIFETIME_SECONDS),
});

export type TokenLifetimes = z.output<typeof tokenLifetimesSchema>;

export const defaultTokenLifetimes: TokenLifetimes = Object.freeze(tokenLifetimesSchema.parse({}));

const SETTING_KEY = 'token_lifetimes';

type SettingReader = Pick<Db, 'setting'> | Prisma.TransactionClient;

export async function loadTokenLifetimes(db: SettingReader): Promise<TokenLifetimes> {
  const row = await db.setting.findUnique({ where: { key: SETTING_KEY } });
  if (!row) return defaultTokenLifetimes;
  const parsed = tokenLifetimesSchema.safeParse(row.value);
  if (parsed.success) return parsed.data;
  console.error('stored token lifetimes are invalid; using the defaults');
  return defaultTokenLifetimes;
}

/**
 * How long another instance's change may take to reach this one. The token endpoint reads the
 * lifetimes on every request, and a database read each time would show in its throughput.
 */
export const TOKEN_LIFETIMES_CACHE_MS = 5_000;

interface CacheEntry {
  expiresAt: number;
  lifetimes: Promise<TokenLifetimes>;
}

// Next.js bundles its own copy of this module beside the server's; globalThis lets a save made
// in a console action drop the cache the server's token endpoint reads.
const CACHE_KEY = Symbol.for('oidc-client-registry.token-lifetimes');
type GlobalWithCache = typeof globalThis & { [CACHE_KEY]?: { entries: WeakMap<object, CacheEntry> } };

function cache(): { entries: WeakMap<object, CacheEntry> } {
  const global = globalThis as GlobalWithCache;
  return (global[CACHE_KEY] ??= { entries: new WeakMap() });
}

/** The stored lifetimes, read at most once per database every few seconds. */
export function cachedTokenLifetimes(db: Pick<Db, 'setting'>, now = Date.now()): Promise<TokenLifetimes> {
  const { entries } = cache();
  const entry = entries.get(db);
  if (entry && entry.expiresAt > now) return entry.lifetimes;
  const lifetimes = loadTokenLifetimes(db);
  entries.set(db, { expiresAt: now + TOKEN_LIFETIMES_CACHE_MS, lifetimes });
  // A failed read is not kept: the next request tries the database again.
  lifetimes.catch(() => {
    if (entries.get(db)?.lifetimes === lifetimes) entries.delete(db);
  });
  return lifetimes;
}

/**
 * Drops every cached read. A new map rather than a delete, so a read that started before the
 * save and ends after it lands in the discarded map and is never served.
 */
export function forgetCachedTokenLifetimes(): void {
  cache().entries = new WeakMap();
}

const sameLifetimes = (a: TokenLifetimes, b: TokenLifetimes) =>
  a.accessTokenLifetimeSeconds === b.accessTokenLifetimeSeconds && a.refreshTokenLifetimeSeconds === b.refreshTokenLifetimeSeconds;

/**
 * Stores new lifetimes and, in the same transaction, the audit event with the values before and
 * after, so the log always describes what was stored. Saving the same values records nothing.
 * This process uses the new values at once; other instances within TOKEN_LIFETIMES_CACHE_MS.
 */
export async function saveTokenLifetimes(db: Db, input: TokenLifetimes, actor: Actor): Promise<TokenLifetimes> {
  const after = tokenLifetimesSchema.parse(input);
  await db.$transaction(async (tx) => {
    const before = await loadTokenLifetimes(tx);
    if (sameLifetimes(before, after)) return;
    const value = { ...after };
    await tx.setting.upsert({ where: { key: SETTING_KEY }, create: { key: SETTING_KEY, value }, update: { value } });
    await recordAudit(tx, actor, {
      action: 'settings.token_lifetimes_updated',
      target: { type: 'setting', id: SETTING_KEY },
      before: { ...before },
      after: value,
    });
  });
  forgetCachedTokenLifetimes();
  return after;
}

/**
 * The longest a token signed with a server key can live: access and ID tokens last the client's
 * own lifetime or the server default. A rotated key stays published this long, so every token it
 * signed can still be verified. Stored client values are read too, in case one predates the bounds.
 */
export async function longestSignedTokenLifetimeSeconds(db: Pick<Db, 'setting' | 'client'>): Promise<number> {
  const [lifetimes, clients] = await Promise.all([
    loadTokenLifetimes(db),
    db.client.aggregate({ _max: { accessTokenLifetimeSeconds: true } }),
  ]);
  return Math.max(ACCESS_TOKEN_LIFETIME_BOUNDS.max, lifetimes.accessTokenLifetimeSeconds, clients._max.accessTokenLifetimeSeconds ?? 0);
}
