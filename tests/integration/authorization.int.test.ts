import { createHash } from 'node:crypto';
import { createLocalJWKSet, jwtVerify } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { publicJwks } from '@/lib/keys';
import { recordConsent } from '@/lib/oauth/authorize/consent';
import { handleAuthorize, type SignIn } from '@/lib/oauth/authorize/endpoint';
import { leftHalfHash } from '@/lib/oauth/flows/token-hash-claim';
import { handleIntrospection } from '@/lib/oauth/token/introspection-endpoint';
import type { TokenRuntime } from '@/lib/oauth/token/runtime';
import { handleToken } from '@/lib/oauth/token/token-endpoint';
import { defaultRegistrationPolicy } from '@/lib/registration/policy';
import { registerClient } from '@/lib/registration/service';
import { saveRegistrationPolicy } from '@/lib/registration/settings-store';
import { createUser } from '@/lib/users/service';
import { databaseTargets } from './support/databases';
import { useMigratedDatabase } from './support/fixture';
import { ISSUER, testRuntime, testTokenRuntime } from './support/registration-runtime';
import { basicAuthorization } from '../support/basic-authorization';

const targets = await databaseTargets();
const admin = { kind: 'admin', userId: null, email: 'test' } as const;
const callback = 'https://rp.example.com/cb';
const verifier = 'a'.repeat(43) + '-verifier-of-sufficient-length';
const challenge = createHash('sha256').update(verifier).digest('base64url');


describe.each(targets)('authorization endpoint and code grants on the $kind database', (target) => {
  if (target.skipReason) {
    it.skip(`skipped: ${target.skipReason}`, () => {});
    return;
  }
  const fixture = useMigratedDatabase(target);
  let runtime: TokenRuntime;
  let web: { id: string; secret: string };
  let signIn: SignIn;

  const authorize = (params: Record<string, string>, who: SignIn | null = signIn) =>
    handleAuthorize(runtime, new Request(`${ISSUER}/oauth/authorize?${new URLSearchParams(params)}`), who);

  const codeParams = (extra: Record<string, string> = {}) => ({
    client_id: web.id,
    redirect_uri: callback,
    response_type: 'code',
    scope: 'openid email offline_access',
    state: 'st',
    nonce: 'n-1',
    code_challenge: challenge,
    code_challenge_method: 'S256',
    ...extra,
  });

  const location = (response: Response) => new URL(response.headers.get('location')!);

  const redeem = (code: string, client = web, extra: Record<string, string> = {}) =>
    handleToken(
      runtime,
      new Request(`${ISSUER}/oauth/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: basicAuthorization(client.id, client.secret) },
        body: new URLSearchParams({ grant_type: 'authorization_code', code, redirect_uri: callback, code_verifier: verifier, ...extra }).toString(),
      }),
    );

  const refresh = (token: string) =>
    handleToken(
      runtime,
      new Request(`${ISSUER}/oauth/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: basicAuthorization(web.id, web.secret) },
        body: new URLSearchParams({ grant_type: 'refresh_token', refresh_token: token }).toString(),
      }),
    );

  async function freshCode(extra: Record<string, string> = {}): Promise<string> {
    const response = await authorize(codeParams(extra));
    expect(response.status).toBe(303);
    return location(response).searchParams.get('code')!;
  }

  beforeAll(async () => {
    const { db } = fixture();
    runtime = await testTokenRuntime(db, { defaultAccessTokenLifetimeSeconds: 600 });
    const issued = await registerClient(testRuntime(db), admin, {
      client_name: 'Printer',
      redirect_uris: [callback],
      grant_types: ['authorization_code', 'refresh_token'],
      scope: 'openid email offline_access',
    });
    web = { id: issued.client.clientId, secret: issued.clientSecret! };
    const user = await createUser(db, { email: `user-${target.kind}@example.test`, password: 'long enough pw', role: 'user' }, { type: 'system' });
    signIn = { user: { id: user.id }, authTime: new Date() };
    await recordConsent(db, user.id, web.id, ['openid', 'email', 'offline_access']);
  });

  it('answers a consented request with a code, state and iss, and the code redeems into verified tokens', async () => {
    const response = await authorize(codeParams());
    const back = location(response);
    expect(back.origin + back.pathname).toBe(callback);
    expect(back.searchParams.get('state')).toBe('st');
    expect(back.searchParams.get('iss')).toBe(ISSUER);
    const code = back.searchParams.get('code')!;

    const tokens = (await (await redeem(code)).json()) as Record<string, string>;
    expect(tokens.refresh_token).toMatch(/^rt_/);
    const { payload } = await jwtVerify(tokens.id_token!, createLocalJWKSet(await publicJwks(fixture().db)), { issuer: ISSUER, audience: web.id });
    expect(payload).toMatchObject({ nonce: 'n-1', sub: signIn.user.id, email: `user-${target.kind}@example.test`, at_hash: leftHalfHash(tokens.access_token!, 'RS256') });
    expect(payload.auth_time).toBe(Math.floor(signIn.authTime!.getTime() / 1000));
  });

  it('sends strangers to sign in and unconsented requests to the consent page; prompt=none gets errors instead', async () => {
    const anonymous = await authorize(codeParams(), null);
    expect(location(anonymous).pathname).toBe('/signin');
    expect(location(anonymous).searchParams.get('callbackUrl')).toContain('/oauth/authorize?');
    expect(location(await authorize(codeParams({ prompt: 'none' }), null)).searchParams.get('error')).toBe('login_required');
    expect(location(await authorize(codeParams({ prompt: 'consent' }))).pathname).toBe('/consent');
    expect(location(await authorize(codeParams({ prompt: 'consent none' }))).searchParams.get('error')).toBe('invalid_request');
    const stale = { user: signIn.user, authTime: new Date(Date.now() - 3600_000) };
    expect(location(await authorize(codeParams({ max_age: '60' }), stale)).pathname).toBe('/signin');
    expect(location(await authorize(codeParams({ prompt: 'login' }))).searchParams.get('reauth')).toBe('1');
    expect(location(await authorize(codeParams({ login_hint: 'who@example.test' }), null)).searchParams.get('login_hint')).toBe('who@example.test');
  });

  it.each([
    [{ code_challenge_method: 'plain' }, 'invalid_request'],
    [{ response_type: 'token' }, 'unauthorized_client'],
    [{ response_type: 'magic' }, 'unsupported_response_type'],
    [{ scope: 'openid admin' }, 'invalid_scope'],
    [{ request: 'x.y.z' }, 'request_not_supported'],
    [{ response_type: 'code id_token' }, 'unauthorized_client'],
    [{ response_mode: 'fragment_jwt' }, 'invalid_request'],
    [{ max_age: '-5' }, 'invalid_request'],
  ])('redirects %j back to the client with %s', async (extra, error) => {
    const back = location(await authorize(codeParams(extra)));
    expect(back.origin + back.pathname).toBe(callback);
    expect(back.searchParams.get('error') ?? new URLSearchParams(back.hash.slice(1)).get('error')).toBe(error);
  });

  it('shows an error page, never a redirect, for a bad client or redirect URI', async () => {
    for (const params of [codeParams({ redirect_uri: 'https://evil.example.com/cb' }), codeParams({ client_id: 'nobody' }), { response_type: 'code' }]) {
      const response = await authorize(params as Record<string, string>);
      expect(response.status).toBe(400);
      expect(response.headers.get('location')).toBeNull();
      expect(await response.text()).toContain('This sign-in request cannot be completed');
    }
  });

  it('redeems a code exactly once among 20 concurrent attempts, and the reuse revokes what was issued', async () => {
    const code = await freshCode();
    const responses = await Promise.all(Array.from({ length: 20 }, () => redeem(code)));
    const statuses = responses.map((response) => response.status);
    expect(statuses.filter((status) => status === 200)).toHaveLength(1);
    const winner = (await responses[statuses.indexOf(200)]!.json()) as Record<string, string>;
    // The losing redemptions revoked the grant, so the winner's tokens are dead too.
    const introspected = await handleIntrospection(
      runtime,
      new Request(`${ISSUER}/oauth/introspect`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: basicAuthorization(web.id, web.secret) },
        body: new URLSearchParams({ token: winner.access_token! }).toString(),
      }),
    );
    expect(await introspected.json()).toEqual({ active: false });
    expect((await refresh(winner.refresh_token!)).status).toBe(400);
  });

  it('refuses a wrong verifier, a missing verifier and a different redirect_uri with invalid_grant', async () => {
    const wrongInputs: Record<string, string>[] = [{ code_verifier: 'b'.repeat(43) }, { code_verifier: '' }, { redirect_uri: 'https://rp.example.com/other' }];
    for (const extra of wrongInputs) {
      const response = await redeem(await freshCode(), web, extra);
      expect(response.status).toBe(400);
      expect(((await response.json()) as { error: string }).error).toBe('invalid_grant');
    }
  });

  it('rotates refresh tokens: at most one of 20 concurrent uses succeeds, and reuse revokes the family', async () => {
    const tokens = (await (await redeem(await freshCode())).json()) as Record<string, string>;
    const responses = await Promise.all(Array.from({ length: 20 }, () => refresh(tokens.refresh_token!)));
    const successes = responses.filter((response) => response.status === 200);
    expect(successes.length).toBeLessThanOrEqual(1);
    for (const response of successes) {
      const rotated = (await response.json()) as Record<string, string>;
      // Once reuse was seen, the rotated token belongs to a revoked family.
      expect((await refresh(rotated.refresh_token!)).status).toBe(400);
    }
  });

  it('narrows scope on refresh but never widens it', async () => {
    const tokens = (await (await redeem(await freshCode())).json()) as Record<string, string>;
    const narrowed = await handleToken(
      runtime,
      new Request(`${ISSUER}/oauth/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: basicAuthorization(web.id, web.secret) },
        body: new URLSearchParams({ grant_type: 'refresh_token', refresh_token: tokens.refresh_token!, scope: 'openid offline_access' }).toString(),
      }),
    );
    const body = (await narrowed.json()) as Record<string, string>;
    expect(body.scope).toBe('openid offline_access');
    const widened = await handleToken(
      runtime,
      new Request(`${ISSUER}/oauth/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: basicAuthorization(web.id, web.secret) },
        body: new URLSearchParams({ grant_type: 'refresh_token', refresh_token: body.refresh_token!, scope: 'openid email profile' }).toString(),
      }),
    );
    expect(((await widened.json()) as { error: string }).error).toBe('invalid_scope');
  });

  it('answers a hybrid request in the fragment with a code and an ID token bound to it by c_hash', async () => {
    const { db } = fixture();
    const hybrid = await registerClient(testRuntime(db), admin, {
      client_name: 'Hybrid',
      redirect_uris: [callback],
      response_types: ['code id_token'],
      grant_types: ['authorization_code', 'implicit'],
      scope: 'openid',
    });
    await recordConsent(db, signIn.user.id, hybrid.client.clientId, ['openid']);
    const params = { ...codeParams(), client_id: hybrid.client.clientId, response_type: 'id_token code', scope: 'openid' };
    const back = location(await authorize(params));
    const fragment = new URLSearchParams(back.hash.slice(1));
    expect(back.search).toBe('');
    expect(fragment.get('iss')).toBe(ISSUER);
    const { payload } = await jwtVerify(fragment.get('id_token')!, createLocalJWKSet(await publicJwks(db)), { audience: hybrid.client.clientId });
    expect(payload.c_hash).toBe(leftHalfHash(fragment.get('code')!, 'RS256'));
    expect(payload.nonce).toBe('n-1');
    const withoutNonce = location(await authorize({ ...params, nonce: '' }));
    expect(new URLSearchParams(withoutNonce.hash.slice(1)).get('error')).toBe('invalid_request');
  });

  it('serves the password grant only to clients a policy let register it', async () => {
    const { db } = fixture();
    const refused = await registerClient(testRuntime(db), admin, { client_name: 'Legacy', grant_types: ['password'], response_types: [] }).catch((error: Error) => error);
    expect(refused).toMatchObject({ error: 'invalid_client_metadata' });
    await saveRegistrationPolicy(db, { ...defaultRegistrationPolicy, kinds: { ...defaultRegistrationPolicy.kinds, admin: { ...defaultRegistrationPolicy.kinds.admin, allowPasswordGrant: true } } });
    try {
      const legacy = await registerClient(testRuntime(db), admin, { client_name: 'Legacy', grant_types: ['password'], response_types: [], scope: 'openid email' });
      const passwordRequest = (password: string) =>
        handleToken(
          runtime,
          new Request(`${ISSUER}/oauth/token`, {
            method: 'POST',
            headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: basicAuthorization(legacy.client.clientId, legacy.clientSecret!) },
            body: new URLSearchParams({ grant_type: 'password', username: `user-${target.kind}@example.test`, password, scope: 'openid' }).toString(),
          }),
        );
      const ok = await passwordRequest('long enough pw');
      expect(ok.status).toBe(200);
      expect(await ok.json()).toMatchObject({ token_type: 'Bearer', id_token: expect.any(String) });
      const wrong = await passwordRequest('nope');
      expect(wrong.status).toBe(400);
      expect(((await wrong.json()) as { error: string }).error).toBe('invalid_grant');
    } finally {
      await saveRegistrationPolicy(db, defaultRegistrationPolicy);
    }
  });
});
