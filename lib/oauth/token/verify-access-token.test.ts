import { importJWK, SignJWT } from 'jose';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Db } from '../../db/client';
import { generateSigningKey, type GeneratedSigningKey } from '../../keys/generate';
import type { TokenRuntime } from './runtime';
import { recallVerifiedToken, rememberVerifiedToken } from './verified-tokens';
import { verifyAccessToken } from './verify-access-token';

const ISSUER = 'https://issuer.test';
const T0 = new Date('2031-05-01T12:00:00.000Z');
const t0 = T0.getTime() / 1000;

/**
 * A database as far as token verification reads it: the published keys, and the revocation,
 * client and grant state, which a test changes between calls.
 */
function fakeDb(key: GeneratedSigningKey) {
  const state = { published: true, revoked: false, clientActive: true, stateReads: 0, keyReads: 0 };
  const db = {
    signingKey: {
      findMany: async () => {
        state.keyReads += 1;
        return state.published ? [{ kid: key.kid, alg: key.alg, publicJwk: key.publicJwk }] : [];
      },
    },
    $queryRaw: async () => {
      state.stateReads += 1;
      return [{ revoked: state.revoked, client_active: state.clientActive, grant_live: true }];
    },
  };
  return { db: db as unknown as Db, state };
}

async function accessToken(key: GeneratedSigningKey, claims: Record<string, unknown> = {}): Promise<string> {
  const payload = { iss: ISSUER, sub: 'c1', aud: ISSUER, client_id: 'c1', iat: t0, exp: t0 + 600, jti: 'j1', ...claims };
  return new SignJWT(payload).setProtectedHeader({ alg: 'ES256', kid: key.kid, typ: 'at+jwt' }).sign(await importJWK(key.privateJwk, 'ES256'));
}

const runtimeFor = (db: Db) => ({ db, issuer: ISSUER }) as TokenRuntime;

describe('verifyAccessToken', () => {
  let key: GeneratedSigningKey;

  beforeEach(async () => {
    key = await generateSigningKey('ES256');
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(T0);
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('remembers a verified token but reads its revocation and client state on every call', async () => {
    const { db, state } = fakeDb(key);
    const token = await accessToken(key);
    expect(await verifyAccessToken(runtimeFor(db), token)).toMatchObject({ client_id: 'c1', jti: 'j1' });
    expect(recallVerifiedToken(db, token, ISSUER, t0)).not.toBeNull();
    expect(await verifyAccessToken(runtimeFor(db), token)).toMatchObject({ client_id: 'c1' });
    expect(state.stateReads).toBe(2);

    state.revoked = true;
    expect(await verifyAccessToken(runtimeFor(db), token)).toBeNull();
    state.revoked = false;
    state.clientActive = false;
    expect(await verifyAccessToken(runtimeFor(db), token)).toBeNull();
  });

  it('stops honouring a remembered token once it expires', async () => {
    const { db } = fakeDb(key);
    const token = await accessToken(key, { exp: t0 + 60 });
    expect(await verifyAccessToken(runtimeFor(db), token)).not.toBeNull();
    vi.setSystemTime(new Date((t0 + 59) * 1000));
    expect(await verifyAccessToken(runtimeFor(db), token)).not.toBeNull();
    vi.setSystemTime(new Date((t0 + 60) * 1000));
    expect(await verifyAccessToken(runtimeFor(db), token)).toBeNull();
  });

  it('stops honouring a remembered token once its key leaves the published set', async () => {
    const { db, state } = fakeDb(key);
    const token = await accessToken(key);
    expect(await verifyAccessToken(runtimeFor(db), token)).not.toBeNull();
    state.published = false;
    // The published keys are themselves cached for a few seconds, as they were before.
    vi.setSystemTime(new Date(T0.getTime() + 11_000));
    expect(await verifyAccessToken(runtimeFor(db), token)).toBeNull();
    expect(state.keyReads).toBeGreaterThan(1);
  });

  it('does not take a token verified for one issuer as verified for another', async () => {
    const { db } = fakeDb(key);
    const token = await accessToken(key);
    expect(await verifyAccessToken(runtimeFor(db), token)).not.toBeNull();
    expect(await verifyAccessToken({ db, issuer: 'https://other.test' } as TokenRuntime, token)).toBeNull();
  });

  it('never remembers a token whose signature does not verify', async () => {
    const { db } = fakeDb(key);
    const token = await accessToken(key);
    const [header, payload] = token.split('.');
    const forged = `${header}.${payload}.${Buffer.alloc(64).toString('base64url')}`;
    expect(await verifyAccessToken(runtimeFor(db), forged)).toBeNull();
    expect(recallVerifiedToken(db, forged, ISSUER, t0)).toBeNull();
  });
});

describe('the verified token memory', () => {
  const entry = { issuer: ISSUER, kid: 'k1', payload: { client_id: 'c1', jti: 'j1', exp: t0 + 60 } };

  it('checks nbf and exp as jose does, without clock tolerance', () => {
    const db = {} as Db;
    rememberVerifiedToken(db, 'a', { ...entry, payload: { ...entry.payload, nbf: t0 + 10 } });
    expect(recallVerifiedToken(db, 'a', ISSUER, t0 + 9)).toBeNull();
    expect(recallVerifiedToken(db, 'a', ISSUER, t0 + 10)).not.toBeNull();
    expect(recallVerifiedToken(db, 'a', ISSUER, t0 + 59)).not.toBeNull();
    expect(recallVerifiedToken(db, 'a', ISSUER, t0 + 60)).toBeNull();
  });

  it('hands out a frozen copy, so no request can change what another one reads', () => {
    const db = {} as Db;
    const payload = { ...entry.payload };
    rememberVerifiedToken(db, 'a', { ...entry, payload });
    payload.client_id = 'changed';
    const recalled = recallVerifiedToken(db, 'a', ISSUER, t0);
    expect(recalled?.payload.client_id).toBe('c1');
    expect(Object.isFrozen(recalled?.payload)).toBe(true);
  });

  it('keeps at most 10 000 tokens, dropping the oldest', () => {
    const db = {} as Db;
    for (let i = 0; i <= 10_000; i++) rememberVerifiedToken(db, `t${i}`, entry);
    expect(recallVerifiedToken(db, 't0', ISSUER, t0)).toBeNull();
    expect(recallVerifiedToken(db, 't1', ISSUER, t0)).not.toBeNull();
    expect(recallVerifiedToken(db, 't10000', ISSUER, t0)).not.toBeNull();
  });
});
