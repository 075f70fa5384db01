import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Db } from '../../db/client';
import {
  ACCESS_TOKEN_LIFETIME_BOUNDS,
  cachedTokenLifetimes,
  defaultTokenLifetimes,
  forgetCachedTokenLifetimes,
  loadTokenLifetimes,
  REFRESH_TOKEN_LIFETIME_BOUNDS,
  TOKEN_LIFETIMES_CACHE_MS,
  tokenLifetimesSchema,
} from './lifetime-settings';

/** A settings table of one row, counting its reads. */
function fakeDb(value: unknown) {
  const db = {
    value,
    reads: 0,
    setting: {
      findUnique: async () => {
        db.reads++;
        return db.value === undefined ? null : { key: 'token_lifetimes', value: db.value, updatedAt: new Date() };
      },
    },
  };
  return db;
}
const asDb = (db: ReturnType<typeof fakeDb>) => db as unknown as Pick<Db, 'setting'>;

afterEach(() => {
  forgetCachedTokenLifetimes();
  vi.restoreAllMocks();
});

describe('token lifetime settings', () => {
  it('exports the bounds the per-client lifetime uses too', () => {
    expect(ACCESS_TOKEN_LIFETIME_BOUNDS).toEqual({ min: 60, max: 86_400 });
    expect(REFRESH_TOKEN_LIFETIME_BOUNDS).toEqual({ min: 3_600, max: 365 * 86_400 });
  });

  it('defaults to an hour for access tokens and 30 days for refresh tokens', () => {
    expect(defaultTokenLifetimes).toEqual({ accessTokenLifetimeSeconds: 3_600, refreshTokenLifetimeSeconds: 30 * 86_400 });
    expect(tokenLifetimesSchema.parse({ accessTokenLifetimeSeconds: 600 })).toEqual({ accessTokenLifetimeSeconds: 600, refreshTokenLifetimeSeconds: 30 * 86_400 });
  });

  it.each([
    [{ accessTokenLifetimeSeconds: 60 }, true],
    [{ accessTokenLifetimeSeconds: 59 }, false],
    [{ accessTokenLifetimeSeconds: 86_400 }, true],
    [{ accessTokenLifetimeSeconds: 86_401 }, false],
    [{ accessTokenLifetimeSeconds: 90.5 }, false],
    [{ refreshTokenLifetimeSeconds: 3_600 }, true],
    [{ refreshTokenLifetimeSeconds: 3_599 }, false],
    [{ refreshTokenLifetimeSeconds: 365 * 86_400 }, true],
    [{ refreshTokenLifetimeSeconds: 365 * 86_400 + 1 }, false],
    [{ refreshTokenLifetimeSeconds: '3600' }, false],
  ])('accepts %j: %s', (value, ok) => {
    expect(tokenLifetimesSchema.safeParse(value).success).toBe(ok);
  });

  it('reads a stored setting, and falls back to the defaults when it cannot', async () => {
    expect(await loadTokenLifetimes(asDb(fakeDb(undefined)))).toEqual(defaultTokenLifetimes);
    expect(await loadTokenLifetimes(asDb(fakeDb({ accessTokenLifetimeSeconds: 300, refreshTokenLifetimeSeconds: 7_200 })))).toEqual({
      accessTokenLifetimeSeconds: 300,
      refreshTokenLifetimeSeconds: 7_200,
    });
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(await loadTokenLifetimes(asDb(fakeDb({ accessTokenLifetimeSeconds: 5 })))).toEqual(defaultTokenLifetimes);
    expect(error).toHaveBeenCalledOnce();
  });

  it('reads the database at most once per cache period, and again once the cache is dropped', async () => {
    const db = fakeDb({ accessTokenLifetimeSeconds: 300 });
    const t0 = 1_000_000;
    await Promise.all([cachedTokenLifetimes(asDb(db), t0), cachedTokenLifetimes(asDb(db), t0)]);
    expect((await cachedTokenLifetimes(asDb(db), t0 + TOKEN_LIFETIMES_CACHE_MS - 1)).accessTokenLifetimeSeconds).toBe(300);
    expect(db.reads).toBe(1);

    db.value = { accessTokenLifetimeSeconds: 600 };
    expect((await cachedTokenLifetimes(asDb(db), t0 + TOKEN_LIFETIMES_CACHE_MS)).accessTokenLifetimeSeconds).toBe(600);
    expect(db.reads).toBe(2);

    db.value = { accessTokenLifetimeSeconds: 900 };
    forgetCachedTokenLifetimes();
    expect((await cachedTokenLifetimes(asDb(db), t0 + TOKEN_LIFETIMES_CACHE_MS + 1)).accessTokenLifetimeSeconds).toBe(900);
  });

  it('does not keep a failed read', async () => {
    const db = fakeDb(undefined);
    db.setting.findUnique = async () => {
      db.reads++;
      throw new Error('connection refused');
    };
    await expect(cachedTokenLifetimes(asDb(db), 0)).rejects.toThrow('connection refused');
    await expect(cachedTokenLifetimes(asDb(db), 1)).rejects.toThrow('connection refused');
    expect(db.reads).toBe(2);
  });
});
