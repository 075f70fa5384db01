import { calculateJwkThumbprint, createLocalJWKSet, decodeProtectedHeader, jwtVerify, type JWK, type JWTPayload } from 'jose';
import { describe, expect, it } from 'vitest';
import { createSecretBox } from '@/lib/crypto/secret-box';
import { closeDatabase, createPrismaClient, type Db } from '@/lib/db/client';
import {
  ensureSigningKeys,
  forgetCachedSigningKeys,
  handleJwks,
  listSigningKeys,
  publicJwks,
  purgeUnpublishedSigningKeys,
  rotateSigningKeys,
  signingKeyFor,
  signJwt,
  UNPUBLISH_SKEW_SECONDS,
  type SigningAlg,
} from '@/lib/keys';
import { privateJwkMembers } from '@/lib/metadata/algorithms';
import { databaseTargets } from './support/databases';
import { useMigratedDatabase } from './support/fixture';
import { lastJsonLine, runTs } from './support/run-node';

const targets = await databaseTargets();
const SERVER_SECRET = 'integration-test-server-secret-0123456789';
const box = createSecretBox(SERVER_SECRET, 'signing-key');

const later = (from: Date, seconds: number) => new Date(from.getTime() + seconds * 1000);

async function startFresh(db: Db, now: Date): Promise<Record<SigningAlg, string>> {
  await db.signingKey.deleteMany();
  forgetCachedSigningKeys(db);
  const created = await ensureSigningKeys(db, box, { now });
  return Object.fromEntries(created.map((key) => [key.alg, key.kid])) as Record<SigningAlg, string>;
}

async function kidsPublishedAt(db: Db, at: Date): Promise<string[]> {
  return (await publicJwks(db, at)).keys.map((key) => key.kid);
}

/** Verifies as a relying party would: against the JWKS the server publishes at that moment. */
async function verifiesAt(db: Db, token: string, at: Date): Promise<boolean> {
  const jwks = createLocalJWKSet(await publicJwks(db, at));
  return jwtVerify(token, jwks, { currentDate: at }).then(
    () => true,
    () => false,
  );
}

async function signedKid(db: Db, alg: SigningAlg, now: Date, payload: JWTPayload = { sub: 'user-1' }): Promise<string | undefined> {
  return decodeProtectedHeader(await signJwt(db, box, { alg, payload, now })).kid;
}

describe.each(targets)('signing keys on the $kind database', (target) => {
  if (target.skipReason) {
    it.skip(`skipped: ${target.skipReason}`, () => {});
    return;
  }
  const fixture = useMigratedDatabase(target);

  it('creates one ES256 and one RS256 key at first start, signing at once, and none on the next start', async () => {
    const { db } = fixture();
    const now = new Date();
    const created = await ensureSigningKeys(db, box, { now });
    expect(created.map((key) => key.alg).sort()).toEqual(['ES256', 'RS256']);
    expect(created.every((key) => key.activatesAt.getTime() === now.getTime())).toBe(true);
    expect(await ensureSigningKeys(db, box)).toEqual([]);
    expect(await db.signingKey.count()).toBe(2);
    expect((await listSigningKeys(db)).map((key) => key.state)).toEqual(['active', 'active']);
    const audit = await db.auditEvent.findMany({ where: { action: 'signing_key.created' } });
    expect(audit.map((event) => event.targetId).sort()).toEqual(created.map((key) => key.kid).sort());
  });

  it('creates one key per algorithm when five instances start at once', async () => {
    const { db, database } = fixture();
    await db.signingKey.deleteMany();
    const instances = Array.from({ length: 5 }, () => createPrismaClient(database.url, { embedded: database.kind === 'embedded' }));
    try {
      const created = await Promise.all(instances.map((instance) => ensureSigningKeys(instance, box)));
      expect(created.flat()).toHaveLength(2);
    } finally {
      await Promise.all(instances.map((instance) => instance.$disconnect()));
    }
    const stored = await db.signingKey.groupBy({ by: ['alg'], _count: true, orderBy: { alg: 'asc' } });
    expect(stored).toEqual([
      { alg: 'ES256', _count: 1 },
      { alg: 'RS256', _count: 1 },
    ]);
  });

  it('keeps the private key sealed in the database', async () => {
    const { db } = fixture();
    const kids = await startFresh(db, new Date());
    for (const kid of Object.values(kids)) {
      const row = await db.signingKey.findUniqueOrThrow({ where: { kid } });
      expect(row.privateKeyCiphertext).toMatch(/^v1\./);
      expect(row.publicJwk).not.toHaveProperty('d');
      const privateJwk = JSON.parse(box.open(row.privateKeyCiphertext)) as JWK;
      expect(privateJwk.d).toEqual(expect.any(String));
      expect(JSON.stringify(row)).not.toContain(privateJwk.d);
      expect(() => createSecretBox('another-server-secret-0123456789abcdef', 'signing-key').open(row.privateKeyCiphertext)).toThrow();
    }
  });

  it('publishes public members only, each key with its thumbprint kid, alg and use', async () => {
    const { db } = fixture();
    const kids = await startFresh(db, new Date());
    const { keys } = await publicJwks(db);
    expect(keys.map((key) => key.kid).sort()).toEqual(Object.values(kids).sort());
    for (const key of keys) {
      expect(key).toMatchObject({ kid: expect.any(String), alg: expect.stringMatching(/^(ES256|RS256)$/), use: 'sig' });
      for (const member of privateJwkMembers) expect(key).not.toHaveProperty(member);
      expect(await calculateJwkThumbprint(key, 'sha256')).toBe(key.kid);
    }
    expect(keys.find((key) => key.alg === 'ES256')).toEqual({ kty: 'EC', crv: 'P-256', x: expect.any(String), y: expect.any(String), kid: kids.ES256, alg: 'ES256', use: 'sig' });
    expect(keys.find((key) => key.alg === 'RS256')).toEqual({ kty: 'RSA', n: expect.any(String), e: 'AQAB', kid: kids.RS256, alg: 'RS256', use: 'sig' });
  });

  it.each(['ES256', 'RS256'] as const)('signs %s JWTs that verify against the published JWKS', async (alg) => {
    const { db } = fixture();
    const kids = await startFresh(db, new Date());
    const now = Math.floor(Date.now() / 1000);
    const token = await signJwt(db, box, { alg, typ: 'at+jwt', payload: { iss: 'https://op.example', sub: 'user-1', iat: now, exp: now + 300 } });
    const { payload, protectedHeader } = await jwtVerify(token, createLocalJWKSet(await publicJwks(db)), { issuer: 'https://op.example', typ: 'at+jwt' });
    expect(protectedHeader).toEqual({ alg, kid: kids[alg], typ: 'at+jwt' });
    expect(payload.sub).toBe('user-1');
  });

  it('reuses the decrypted key instead of reading the database for every token', async () => {
    const { db } = fixture();
    const now = new Date();
    await startFresh(db, now);
    const first = await signingKeyFor(db, box, 'ES256', now);
    const second = await signingKeyFor(db, box, 'ES256', later(now, 1));
    expect(second.privateKey).toBe(first.privateKey);
  });

  it('publishes a new key before it signs and keeps the old one until its tokens have expired', async () => {
    const { db } = fixture();
    const t0 = new Date();
    const old = await startFresh(db, t0);
    const { rotated, purged } = await rotateSigningKeys(db, box, { now: t0, publishLeadSeconds: 300, maxTokenLifetimeSeconds: 3600 });
    expect(purged).toBe(0);
    expect(rotated.map((key) => key.alg)).toEqual(['ES256', 'RS256']);
    const unpublishAt = later(t0, 300 + 3600 + UNPUBLISH_SKEW_SECONDS);
    for (const key of rotated) {
      expect(key.activatesAt).toEqual(later(t0, 300));
      expect(key.replaced).toEqual([{ kid: old[key.alg], retiredAt: later(t0, 300), unpublishAt }]);
    }
    const fresh = Object.fromEntries(rotated.map((key) => [key.alg, key.kid])) as Record<SigningAlg, string>;

    expect((await kidsPublishedAt(db, t0)).sort()).toEqual([...Object.values(old), ...Object.values(fresh)].sort());
    expect(await signedKid(db, 'ES256', t0)).toBe(old.ES256);
    const lastOldToken = await signJwt(db, box, { alg: 'ES256', payload: { sub: 'user-1' }, now: later(t0, 299) });
    expect(decodeProtectedHeader(lastOldToken).kid).toBe(old.ES256);
    expect(await signedKid(db, 'ES256', later(t0, 300))).toBe(fresh.ES256);
    expect(await signedKid(db, 'RS256', later(t0, 300))).toBe(fresh.RS256);

    const states = await listSigningKeys(db, later(t0, 300));
    expect(states.find((key) => key.kid === old.ES256)?.state).toBe('retired');
    expect(states.find((key) => key.kid === fresh.ES256)?.state).toBe('active');
    expect((await listSigningKeys(db, t0)).find((key) => key.kid === fresh.ES256)?.state).toBe('pending');

    expect(await verifiesAt(db, lastOldToken, later(unpublishAt, -1))).toBe(true);
    expect(await verifiesAt(db, lastOldToken, unpublishAt)).toBe(false);
    expect((await kidsPublishedAt(db, unpublishAt)).sort()).toEqual(Object.values(fresh).sort());
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: 'signing_key.rotated', targetId: fresh.ES256 } });
    expect(audit.detail).toMatchObject({ alg: 'ES256', immediate: false, replaced: [{ kid: old.ES256 }] });
  });

  it('replaces a compromised key at once on an immediate rotation', async () => {
    const { db } = fixture();
    const t0 = new Date();
    const old = await startFresh(db, t0);
    const oldToken = await signJwt(db, box, { alg: 'ES256', payload: { sub: 'user-1' }, now: t0 });
    const { rotated } = await rotateSigningKeys(db, box, { alg: 'ES256', immediate: true, now: t0, maxTokenLifetimeSeconds: 3600 });
    const [fresh] = rotated;
    expect(fresh).toMatchObject({ alg: 'ES256', activatesAt: t0, replaced: [{ kid: old.ES256, retiredAt: t0, unpublishAt: t0 }] });
    expect(await signedKid(db, 'ES256', t0)).toBe(fresh?.kid);
    expect((await kidsPublishedAt(db, t0)).sort()).toEqual([fresh?.kid, old.RS256].sort());
    expect(await verifiesAt(db, oldToken, t0)).toBe(false);
    expect(await signedKid(db, 'RS256', t0)).toBe(old.RS256);
  });

  it("sees another instance's rotation within the cache period", async () => {
    const { db, database } = fixture();
    const t0 = new Date();
    const old = await startFresh(db, t0);
    expect((await signingKeyFor(db, box, 'ES256', t0)).kid).toBe(old.ES256);
    const otherInstance = createPrismaClient(database.url, { embedded: database.kind === 'embedded' });
    try {
      const { rotated } = await rotateSigningKeys(otherInstance, box, { alg: 'ES256', immediate: true, now: t0, maxTokenLifetimeSeconds: 3600 });
      expect((await signingKeyFor(db, box, 'ES256', later(t0, 5))).kid).toBe(old.ES256);
      expect((await signingKeyFor(db, box, 'ES256', later(t0, 10))).kid).toBe(rotated[0]?.kid);
    } finally {
      await otherInstance.$disconnect();
    }
  });

  it('refuses to sign without a key of the algorithm', async () => {
    const { db } = fixture();
    await startFresh(db, new Date());
    await expect(signJwt(db, box, { alg: 'PS256', payload: {} })).rejects.toMatchObject({ name: 'SigningKeyUnavailableError' });
  });

  it('deletes keys a day after they left the JWKS', async () => {
    const { db } = fixture();
    const t0 = new Date();
    const old = await startFresh(db, t0);
    await rotateSigningKeys(db, box, { now: t0, immediate: true, maxTokenLifetimeSeconds: 60 });
    expect(await purgeUnpublishedSigningKeys(db, { now: later(t0, 86_399) })).toBe(0);
    expect(await purgeUnpublishedSigningKeys(db, { now: later(t0, 86_401) })).toBe(2);
    const remaining = (await listSigningKeys(db)).map((key) => key.kid);
    expect(remaining).toHaveLength(2);
    expect(remaining).not.toContain(old.ES256);
  });

  it('serves the JWKS at jwks_uri with public caching', async () => {
    const { db, database } = fixture();
    const kids = await startFresh(db, new Date());
    const previous = process.env.DATABASE_URL;
    process.env.DATABASE_URL = database.url;
    try {
      const response = await handleJwks();
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/json');
      expect(response.headers.get('cache-control')).toBe('public, max-age=300');
      const body = (await response.json()) as { keys: JWK[] };
      expect(body.keys.map((key) => key.kid).sort()).toEqual(Object.values(kids).sort());
    } finally {
      await closeDatabase();
      process.env.DATABASE_URL = previous;
    }
  });

  it('rotates and lists keys from the CLI with the secret the server uses', async () => {
    const { db, database } = fixture();
    const old = await startFresh(db, new Date());
    const env = { DATABASE_URL: database.url, AUTH_SECRET: SERVER_SECRET };
    const rotation = await runTs('cli/index.ts', ['keys', 'rotate', '--alg', 'ES256', '--max-token-lifetime', '600', '--json'], env);
    expect(rotation.stderr).toBe('');
    expect(rotation.code).toBe(0);
    const { rotated } = lastJsonLine(rotation.stdout) as { rotated: { alg: string; kid: string; activates_at: string; replaced: { kid: string }[] }[] };
    expect(rotated).toHaveLength(1);
    const fresh = rotated[0]!;
    expect(fresh).toMatchObject({ alg: 'ES256', replaced: [{ kid: old.ES256 }] });
    expect(new Date(fresh.activates_at).getTime()).toBeGreaterThan(Date.now() + 500_000);
    const sealed = await db.signingKey.findUniqueOrThrow({ where: { kid: fresh.kid } });
    expect(JSON.parse(box.open(sealed.privateKeyCiphertext))).toHaveProperty('d');

    const listing = await runTs('cli/index.ts', ['keys', 'list', '--json'], env);
    expect(listing.code).toBe(0);
    const { keys } = lastJsonLine(listing.stdout) as { keys: { kid: string; alg: string; state: string }[] };
    expect(keys.map(({ kid, alg, state }) => ({ kid, alg, state }))).toEqual([
      { kid: fresh.kid, alg: 'ES256', state: 'pending' },
      { kid: old.ES256, alg: 'ES256', state: 'active' },
      { kid: old.RS256, alg: 'RS256', state: 'active' },
    ]);

    const refused = await runTs('cli/index.ts', ['keys', 'rotate', '--alg', 'HS256'], env);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('--alg must be one of');
  });

  it('seals CLI-rotated keys with the generated secret when AUTH_SECRET is not set', async () => {
    const { db, database } = fixture();
    await startFresh(db, new Date());
    const rotation = await runTs('cli/index.ts', ['keys', 'rotate', '--alg', 'RS256', '--immediate', '--json'], { DATABASE_URL: database.url, AUTH_SECRET: '' });
    expect(rotation.code).toBe(0);
    const { rotated } = lastJsonLine(rotation.stdout) as { rotated: { kid: string }[] };
    const generated = await db.setting.findUniqueOrThrow({ where: { key: 'generated_auth_secret' } });
    const serverBox = createSecretBox(String(generated.value), 'signing-key');
    const sealed = await db.signingKey.findUniqueOrThrow({ where: { kid: rotated[0]!.kid } });
    expect(JSON.parse(serverBox.open(sealed.privateKeyCiphertext))).toHaveProperty('d');
  });
});
