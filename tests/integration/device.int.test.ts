import { createLocalJWKSet, jwtVerify } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { hashOpaqueToken } from '@/lib/crypto/opaque-token';
import { publicJwks } from '@/lib/keys';
import { DEVICE_CODE_GRANT } from '@/lib/metadata/capabilities';
import { handleDeviceAuthorization } from '@/lib/oauth/device/authorization-endpoint';
import { MAX_REJECTED_CODES } from '@/lib/oauth/device/attempts';
import { decideDeviceAuthorization, lookUpDeviceCode } from '@/lib/oauth/device/verification';
import type { TokenRuntime } from '@/lib/oauth/token/runtime';
import { handleToken } from '@/lib/oauth/token/token-endpoint';
import { registerClient } from '@/lib/registration/service';
import { createUser } from '@/lib/users/service';
import { databaseTargets } from './support/databases';
import { useMigratedDatabase } from './support/fixture';
import { ISSUER, testRuntime, testTokenRuntime } from './support/registration-runtime';
import { basicAuthorization } from '../support/basic-authorization';

const targets = await databaseTargets();
const admin = { kind: 'admin', userId: null, email: 'test' } as const;
const system = { type: 'system', label: 'test' } as const;

interface TestClient {
  id: string;
  secret?: string;
}

function post(path: string, form: Record<string, string>, client: TestClient): Request {
  const headers: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded' };
  const body = new URLSearchParams(form);
  if (client.secret) headers.authorization = basicAuthorization(client.id, client.secret);
  else body.set('client_id', client.id);
  return new Request(`${ISSUER}${path}`, { method: 'POST', headers, body: body.toString() });
}

async function json(response: Response): Promise<Record<string, unknown>> {
  return (await response.json().catch(() => ({}))) as Record<string, unknown>;
}

describe.each(targets)('device authorization grant on the $kind database', (target) => {
  if (target.skipReason) {
    it.skip(`skipped: ${target.skipReason}`, () => {});
    return;
  }
  const fixture = useMigratedDatabase(target);
  let runtime: TokenRuntime;
  let tv: TestClient;
  let console_: TestClient;
  let web: TestClient;
  let user: { id: string; email: string; authTime: Date | null };
  let sequence = 0;

  async function register(metadata: Record<string, unknown>): Promise<TestClient> {
    const issued = await registerClient(testRuntime(fixture().db), admin, metadata);
    return { id: issued.client.clientId, secret: issued.clientSecret ?? undefined };
  }

  async function newUser() {
    sequence += 1;
    const created = await createUser(fixture().db, { email: `viewer${sequence}@example.test`, password: 'long enough pw', role: 'user' }, system);
    return { id: created.id, email: created.email, authTime: new Date() };
  }

  async function authorize(client: TestClient, form: Record<string, string> = {}) {
    const response = await handleDeviceAuthorization(runtime, post('/oauth/device_authorization', form, client));
    return { response, body: await json(response) };
  }

  async function start(client = tv, scope = 'openid profile offline_access') {
    const { body } = await authorize(client, { scope });
    return { deviceCode: String(body.device_code), userCode: String(body.user_code) };
  }

  const poll = async (deviceCode: string, client = tv) => {
    const response = await handleToken(runtime, post('/oauth/token', { grant_type: DEVICE_CODE_GRANT, device_code: deviceCode }, client));
    return { status: response.status, body: await json(response) };
  };

  const approve = (userCode: string, who = user) => decideDeviceAuthorization(fixture().db, { userCode, user: who, decision: 'allow' });

  beforeAll(async () => {
    const { db } = fixture();
    runtime = await testTokenRuntime(db);
    const device = {
      application_type: 'native',
      response_types: [],
      grant_types: [DEVICE_CODE_GRANT, 'refresh_token'],
      token_endpoint_auth_method: 'none',
      scope: 'openid profile offline_access',
    };
    tv = await register({ ...device, client_name: 'Living room TV' });
    console_ = await register({ ...device, client_name: 'Game console' });
    web = await register({ client_name: 'Web', redirect_uris: ['https://web.example.com/cb'], grant_types: ['authorization_code'] });
    user = await newUser();
  });

  it('answers a device authorization request as RFC 8628 §3.2 describes, storing only a hash of the device code', async () => {
    const { response, body } = await authorize(tv, { scope: 'openid profile' });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(body).toEqual({
      device_code: expect.stringMatching(/^dc_[\w-]{43}$/),
      user_code: expect.stringMatching(/^[BCDFGHJKLMNPQRSTVWXZ]{4}-[BCDFGHJKLMNPQRSTVWXZ]{4}$/),
      verification_uri: `${ISSUER}/device`,
      verification_uri_complete: `${ISSUER}/device?user_code=${body.user_code}`,
      expires_in: 600,
      interval: 5,
    });
    const row = await fixture().db.deviceAuthorization.findUnique({ where: { deviceCodeHash: hashOpaqueToken(String(body.device_code)) } });
    expect(row).toMatchObject({ clientId: tv.id, scope: ['openid', 'profile'], status: 'pending', userCode: String(body.user_code).replace('-', '') });
    expect(row!.expiresAt.getTime() - row!.createdAt.getTime()).toBeGreaterThanOrEqual(599_000);
  });

  it('grants every registered scope when none is asked for and refuses unregistered ones', async () => {
    const { body } = await authorize(tv);
    const row = await fixture().db.deviceAuthorization.findUnique({ where: { deviceCodeHash: hashOpaqueToken(String(body.device_code)) } });
    expect(row!.scope).toEqual(['openid', 'profile', 'offline_access']);
    const refused = await authorize(tv, { scope: 'openid email' });
    expect(refused.response.status).toBe(400);
    expect(refused.body.error).toBe('invalid_scope');
  });

  it('refuses clients not registered for the device grant, and unknown clients', async () => {
    const refused = await authorize(web);
    expect(refused.response.status).toBe(400);
    expect(refused.body.error).toBe('unauthorized_client');
    const atToken = await poll('dc_whatever', web);
    expect(atToken).toMatchObject({ status: 400, body: { error: 'unauthorized_client' } });
    const unknown = await authorize({ id: 'no-such-client' });
    expect(unknown.response.status).toBe(401);
    expect(unknown.body.error).toBe('invalid_client');
  });

  it('answers authorization_pending, then slow_down with a longer interval to a device polling too fast', async () => {
    const { deviceCode } = await start();
    const hash = hashOpaqueToken(deviceCode);
    expect(await poll(deviceCode)).toMatchObject({ status: 400, body: { error: 'authorization_pending' } });
    const fast = await poll(deviceCode);
    expect(fast).toMatchObject({ status: 400, body: { error: 'slow_down' } });
    expect(String(fast.body.error_description)).toContain('10 seconds');
    expect((await fixture().db.deviceAuthorization.findUnique({ where: { deviceCodeHash: hash } }))!.intervalSeconds).toBe(10);
    expect((await poll(deviceCode)).body.error).toBe('slow_down');
    expect((await fixture().db.deviceAuthorization.findUnique({ where: { deviceCodeHash: hash } }))!.intervalSeconds).toBe(15);

    // After waiting the (now longer) interval, the device is on time again.
    await fixture().db.deviceAuthorization.update({ where: { deviceCodeHash: hash }, data: { lastPolledAt: new Date(Date.now() - 16_000) } });
    expect((await poll(deviceCode)).body.error).toBe('authorization_pending');
  });

  it('issues tokens once after approval, with a refresh token for offline_access, and then answers invalid_grant', async () => {
    const { deviceCode, userCode } = await start();
    expect(await approve(userCode.toLowerCase().replace('-', ''))).toEqual({ ok: true, decision: 'allow', clientName: 'Living room TV' });

    const first = await poll(deviceCode);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ token_type: 'Bearer', expires_in: 900, scope: 'openid profile offline_access' });
    expect(first.body.refresh_token).toEqual(expect.any(String));
    const jwks = createLocalJWKSet(await publicJwks(fixture().db));
    const { payload } = await jwtVerify(String(first.body.access_token), jwks, { issuer: ISSUER, typ: 'at+jwt' });
    expect(payload).toMatchObject({ client_id: tv.id, scope: 'openid profile offline_access' });
    const idToken = await jwtVerify(String(first.body.id_token), jwks, { issuer: ISSUER, audience: tv.id });
    expect(idToken.payload.auth_time).toBe(Math.floor(user.authTime!.getTime() / 1000));

    expect(await poll(deviceCode)).toMatchObject({ status: 400, body: { error: 'invalid_grant' } });

    const refreshed = await handleToken(runtime, post('/oauth/token', { grant_type: 'refresh_token', refresh_token: String(first.body.refresh_token) }, tv));
    expect(refreshed.status).toBe(200);

    const { db } = fixture();
    expect(await db.grant.count({ where: { clientId: tv.id, userId: user.id } })).toBeGreaterThanOrEqual(1);
    expect(await db.consent.findUnique({ where: { userId_clientId: { userId: user.id, clientId: tv.id } } })).toMatchObject({ scopes: expect.arrayContaining(['offline_access']) });
    expect(await db.auditEvent.count({ where: { action: 'device.approved', actorId: user.id, targetId: tv.id } })).toBeGreaterThanOrEqual(1);
  });

  it('gives no refresh token without offline_access', async () => {
    const { deviceCode, userCode } = await start(tv, 'openid profile');
    await approve(userCode);
    const { status, body } = await poll(deviceCode);
    expect(status).toBe(200);
    expect(body.refresh_token).toBeUndefined();
    expect(body.scope).toBe('openid profile');
  });

  it('answers access_denied after the user denies, and keeps the first decision', async () => {
    const { deviceCode, userCode } = await start();
    const denied = await decideDeviceAuthorization(fixture().db, { userCode, user, decision: 'deny' });
    expect(denied).toMatchObject({ ok: true, decision: 'deny' });
    expect(await approve(userCode)).toEqual({ ok: false, reason: 'unknown' });
    expect(await poll(deviceCode)).toMatchObject({ status: 400, body: { error: 'access_denied' } });
    expect(await fixture().db.auditEvent.count({ where: { action: 'device.denied', actorId: user.id } })).toBeGreaterThanOrEqual(1);
  });

  it('answers expired_token once the code has expired, and the page no longer accepts it', async () => {
    const { deviceCode, userCode } = await start();
    await fixture().db.deviceAuthorization.update({ where: { deviceCodeHash: hashOpaqueToken(deviceCode) }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await approve(userCode)).toEqual({ ok: false, reason: 'unknown' });
    expect(await poll(deviceCode)).toMatchObject({ status: 400, body: { error: 'expired_token' } });
  });

  it('answers invalid_grant for another client’s device code and for unknown codes', async () => {
    const { deviceCode, userCode } = await start();
    await approve(userCode);
    expect(await poll(deviceCode, console_)).toMatchObject({ status: 400, body: { error: 'invalid_grant' } });
    expect(await poll('dc_not-a-real-code', console_)).toMatchObject({ status: 400, body: { error: 'invalid_grant' } });
    // The rightful device still gets its tokens.
    expect((await poll(deviceCode)).status).toBe(200);
  });

  it('lets exactly one of 20 simultaneous polls redeem an approval', async () => {
    const { deviceCode, userCode } = await start();
    await approve(userCode);
    const grantsBefore = await fixture().db.grant.count({ where: { clientId: tv.id } });
    const results = await Promise.all(Array.from({ length: 20 }, () => poll(deviceCode)));
    expect(results.filter((result) => result.status === 200)).toHaveLength(1);
    expect(results.filter((result) => result.body.error === 'invalid_grant')).toHaveLength(19);
    expect(await fixture().db.grant.count({ where: { clientId: tv.id } })).toBe(grantsBefore + 1);
  });

  it('stops checking codes for a user after too many wrong ones', async () => {
    const guesser = await newUser();
    const { userCode } = await start();
    expect(await lookUpDeviceCode(fixture().db, 'not a code', guesser)).toEqual({ ok: false, reason: 'malformed' });
    // Well formed but not pending: each lookup is one counted guess.
    await fixture().db.deviceAuthorization.deleteMany({ where: { userCode: 'ZZZZZZZZ' } });
    for (let attempt = 0; attempt < MAX_REJECTED_CODES; attempt += 1) {
      expect(await lookUpDeviceCode(fixture().db, 'zzzz-zzzz', guesser)).toEqual({ ok: false, reason: 'unknown' });
    }
    expect(await lookUpDeviceCode(fixture().db, userCode, guesser)).toEqual({ ok: false, reason: 'too_many' });
    expect(await approve(userCode, guesser)).toEqual({ ok: false, reason: 'too_many' });
    // Other users are not held back by someone else's guessing.
    expect(await lookUpDeviceCode(fixture().db, userCode, user)).toMatchObject({ ok: true, request: { userCode, clientName: 'Living room TV' } });
  });
});
