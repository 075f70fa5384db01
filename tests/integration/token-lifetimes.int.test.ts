import { decodeJwt } from 'jose';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Db } from '@/lib/db/client';
import { generateOpaqueToken, hashOpaqueToken } from '@/lib/crypto/opaque-token';
import { listSigningKeys } from '@/lib/keys';
import { UNPUBLISH_SKEW_SECONDS } from '@/lib/keys/schedule';
import { defaultTokenLifetimes, loadTokenLifetimes, longestSignedTokenLifetimeSeconds, saveTokenLifetimes } from '@/lib/oauth/token/lifetime-settings';
import type { TokenRuntime } from '@/lib/oauth/token/runtime';
import { handleToken } from '@/lib/oauth/token/token-endpoint';
import { registerClient } from '@/lib/registration/service';
import { createUser, type PublicUser } from '@/lib/users/service';
import { databaseTargets } from './support/databases';
import { useMigratedDatabase } from './support/fixture';
import { ISSUER, MASTER_SECRET, testRuntime, testTokenRuntime } from './support/registration-runtime';
import { basicAuthorization } from '../support/basic-authorization';

// The settings actions run as whoever `session.user` names, on the suite's database.
const session = vi.hoisted(() => ({ user: null as PublicUser | null, db: null as unknown }));
vi.mock('@/lib/auth/guard', async (original) => ({ ...(await original<object>()), currentUser: async () => session.user }));
vi.mock('@/lib/db/client', async (original) => ({ ...(await original<object>()), getDb: async () => session.db }));
// Outside a Next.js request there is no page cache to revalidate.
vi.mock('next/cache', () => ({ revalidatePath: () => {} }));
const { rotateSigningKeysAction, saveTokenLifetimesAction } = await import('@/app/console/settings/actions');

const targets = await databaseTargets();
const registrar = { kind: 'admin', userId: null, email: 'test' } as const;
const system = { type: 'system', label: 'test' } as const;
const callback = 'https://rp.example.com/cb';
const DAY = 86_400;


describe.each(targets)('token lifetimes on the $kind database', (target) => {
  if (target.skipReason) {
    it.skip(`skipped: ${target.skipReason}`, () => {});
    return;
  }
  const fixture = useMigratedDatabase(target);
  let runtime: TokenRuntime;
  let web: { id: string; secret: string };
  let user: PublicUser;
  let admin: PublicUser;
  let developer: PublicUser;
  const previousSecret = process.env.NEXTAUTH_SECRET;

  const token = (form: Record<string, string>) =>
    handleToken(
      runtime,
      new Request(`${ISSUER}/oauth/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: basicAuthorization(web.id, web.secret) },
        body: new URLSearchParams(form).toString(),
      }),
    );

  /** A code for an approved request, written as the authorization endpoint writes it. */
  async function freshCode(db: Db): Promise<string> {
    const grant = await db.grant.create({ data: { clientId: web.id, userId: user.id, scope: ['openid', 'offline_access'], authTime: new Date() } });
    const code = generateOpaqueToken('ac');
    await db.authorizationCode.create({ data: { codeHash: hashOpaqueToken(code), grantId: grant.id, redirectUri: callback, expiresAt: new Date(Date.now() + 60_000) } });
    return code;
  }

  async function refreshTokenLifetime(db: Db, refreshToken: string): Promise<number> {
    const row = await db.refreshToken.findUniqueOrThrow({ where: { tokenHash: hashOpaqueToken(refreshToken) } });
    return Math.round((row.expiresAt.getTime() - row.createdAt.getTime()) / 1000);
  }

  const lifetimeOf = (jwt: string) => {
    const { exp, iat } = decodeJwt(jwt);
    return exp! - iat!;
  };

  beforeAll(async () => {
    const { db } = fixture();
    session.db = db;
    process.env.NEXTAUTH_SECRET = MASTER_SECRET;
    // No pinned lifetime: the console's settings apply, as on the server.
    runtime = await testTokenRuntime(db, { defaultAccessTokenLifetimeSeconds: undefined });
    const issued = await registerClient(testRuntime(db), registrar, {
      client_name: 'Reader',
      redirect_uris: [callback],
      grant_types: ['authorization_code', 'refresh_token'],
      scope: 'openid offline_access',
    });
    web = { id: issued.client.clientId, secret: issued.clientSecret! };
    user = await createUser(db, { email: `reader-${target.kind}@example.test`, password: 'long enough pw', role: 'user' }, system);
    admin = await createUser(db, { email: `admin-${target.kind}@example.test`, password: 'long enough pw', role: 'admin' }, system);
    developer = await createUser(db, { email: `dev-${target.kind}@example.test`, password: 'long enough pw', role: 'developer' }, system);
  });

  afterAll(() => {
    process.env.NEXTAUTH_SECRET = previousSecret;
  });

  it('issues tokens with the default lifetimes until an admin changes them', async () => {
    const { db } = fixture();
    expect(await loadTokenLifetimes(db)).toEqual(defaultTokenLifetimes);
    const body = (await (await token({ grant_type: 'authorization_code', code: await freshCode(db), redirect_uri: callback })).json()) as Record<string, string>;
    expect(body.expires_in).toBe(3_600);
    expect(lifetimeOf(body.access_token!)).toBe(3_600);
    expect(lifetimeOf(body.id_token!)).toBe(3_600);
    expect(await refreshTokenLifetime(db, body.refresh_token!)).toBe(30 * DAY);
  });

  it('applies saved lifetimes to the very next tokens, and audits the change in the same save', async () => {
    const { db } = fixture();
    // Reads the current settings into the cache, which the save must drop.
    const first = (await (await token({ grant_type: 'authorization_code', code: await freshCode(db), redirect_uri: callback })).json()) as Record<string, string>;

    session.user = admin;
    const saved = await saveTokenLifetimesAction({ accessTokenLifetimeSeconds: '600', refreshTokenLifetimeSeconds: String(2 * DAY) });
    expect(saved).toEqual({ ok: true, data: { accessTokenLifetimeSeconds: 600, refreshTokenLifetimeSeconds: 2 * DAY } });

    const refreshed = (await (await token({ grant_type: 'refresh_token', refresh_token: first.refresh_token! })).json()) as Record<string, string>;
    expect(refreshed.expires_in).toBe(600);
    expect(lifetimeOf(refreshed.access_token!)).toBe(600);
    expect(lifetimeOf(refreshed.id_token!)).toBe(600);
    expect(await refreshTokenLifetime(db, refreshed.refresh_token!)).toBe(2 * DAY);

    const events = await db.auditEvent.findMany({ where: { action: 'settings.token_lifetimes_updated' } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      actorId: admin.id,
      targetType: 'setting',
      targetId: 'token_lifetimes',
      before: { accessTokenLifetimeSeconds: 3_600, refreshTokenLifetimeSeconds: 30 * DAY },
      after: { accessTokenLifetimeSeconds: 600, refreshTokenLifetimeSeconds: 2 * DAY },
    });
    // Saving the same values again changes nothing and records nothing.
    await saveTokenLifetimes(db, { accessTokenLifetimeSeconds: 600, refreshTokenLifetimeSeconds: 2 * DAY }, system);
    expect(await db.auditEvent.count({ where: { action: 'settings.token_lifetimes_updated' } })).toBe(1);
  });

  it('keeps a client’s own access token lifetime over the server default', async () => {
    const { db } = fixture();
    await db.client.update({ where: { clientId: web.id }, data: { accessTokenLifetimeSeconds: 120 } });
    try {
      const body = (await (await token({ grant_type: 'authorization_code', code: await freshCode(db), redirect_uri: callback })).json()) as Record<string, string>;
      expect(body.expires_in).toBe(120);
      expect(lifetimeOf(body.access_token!)).toBe(120);
      expect(await refreshTokenLifetime(db, body.refresh_token!)).toBe(2 * DAY);
    } finally {
      await db.client.update({ where: { clientId: web.id }, data: { accessTokenLifetimeSeconds: null } });
    }
  });

  it('refuses non-admins and values out of bounds, and leaves the settings as they were', async () => {
    const { db } = fixture();
    const input = { accessTokenLifetimeSeconds: '60', refreshTokenLifetimeSeconds: '3600' };
    session.user = developer;
    expect(await saveTokenLifetimesAction(input)).toEqual({ ok: false, error: 'You are not allowed to do this.' });
    session.user = null;
    expect(await saveTokenLifetimesAction(input)).toMatchObject({ ok: false, error: 'Your session has ended. Sign in again.' });
    session.user = admin;
    expect(await saveTokenLifetimesAction({ accessTokenLifetimeSeconds: '86401', refreshTokenLifetimeSeconds: '3600' })).toEqual({
      ok: false,
      error: 'Some fields need attention.',
      fieldErrors: { accessTokenLifetimeSeconds: 'Access token lifetime must be at most 86,400 seconds (1 day)' },
    });
    expect(await loadTokenLifetimes(db)).toEqual({ accessTokenLifetimeSeconds: 600, refreshTokenLifetimeSeconds: 2 * DAY });
  });

  it('keeps a rotated key published as long as any token it signed can live', async () => {
    const { db } = fixture();
    expect(await longestSignedTokenLifetimeSeconds(db)).toBe(DAY);
    // A client lifetime stored before the bounds existed still counts.
    await db.client.update({ where: { clientId: web.id }, data: { accessTokenLifetimeSeconds: 2 * DAY } });
    expect(await longestSignedTokenLifetimeSeconds(db)).toBe(2 * DAY);
    await db.client.update({ where: { clientId: web.id }, data: { accessTokenLifetimeSeconds: null } });

    const before = new Map((await listSigningKeys(db)).map((key) => [key.kid, key]));
    session.user = admin;
    const result = await rotateSigningKeysAction({});
    expect(result.ok).toBe(true);
    const replaced = (await listSigningKeys(db)).filter((key) => before.has(key.kid) && key.retiredAt && key.unpublishAt);
    expect(replaced.length).toBeGreaterThan(0);
    for (const key of replaced) {
      expect((key.unpublishAt!.getTime() - key.retiredAt!.getTime()) / 1000).toBe(DAY + UNPUBLISH_SKEW_SECONDS);
    }
  });
});
