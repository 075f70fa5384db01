import { generateKeyPair, SignJWT } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { createSecretBox } from '@/lib/crypto/secret-box';
import { ensureSigningKeys, signJwt } from '@/lib/keys';
import { handleLogout, validateLogoutRequest, type LogoutRuntime } from '@/lib/oauth/logout';
import { registerClient } from '@/lib/registration/service';
import { databaseTargets } from './support/databases';
import { useMigratedDatabase } from './support/fixture';
import { ISSUER, MASTER_SECRET, testRuntime } from './support/registration-runtime';

const targets = await databaseTargets();
const admin = { kind: 'admin', userId: null, email: 'test' } as const;
const keyBox = createSecretBox(MASTER_SECRET, 'signing-key');
const BYE = 'https://rp.example.com/bye';
const HOUR = 3600;

describe.each(targets)('RP-initiated logout on the $kind database', (target) => {
  if (target.skipReason) {
    it.skip(`skipped: ${target.skipReason}`, () => {});
    return;
  }
  const fixture = useMigratedDatabase(target);
  let runtime: LogoutRuntime;
  let rp: string;
  let other: string;

  async function register(metadata: Record<string, unknown>): Promise<string> {
    return (await registerClient(testRuntime(fixture().db), admin, metadata)).client.clientId;
  }

  /** An ID token as this server would issue it; the claims can be overridden per test. */
  function idToken(claims: Record<string, unknown> = {}, typ = 'JWT'): Promise<string> {
    const now = Math.floor(Date.now() / 1000);
    const payload = { iss: ISSUER, sub: 'user-1', aud: rp, iat: now, exp: now + HOUR, ...claims };
    return signJwt(fixture().db, keyBox, { alg: 'RS256', payload, typ });
  }

  beforeAll(async () => {
    const { db } = fixture();
    await ensureSigningKeys(db, keyBox);
    runtime = { db, issuer: ISSUER };
    rp = await register({ client_name: 'Relying Party', redirect_uris: ['https://rp.example.com/cb'], post_logout_redirect_uris: [BYE] });
    other = await register({ client_name: 'Other', redirect_uris: ['https://other.example.com/cb'], post_logout_redirect_uris: ['https://other.example.com/bye'] });
  });

  it('accepts a valid hint with a registered post_logout_redirect_uri', async () => {
    const result = await validateLogoutRequest(runtime, { id_token_hint: await idToken(), post_logout_redirect_uri: BYE, state: 's1' });
    expect(result).toEqual({ client: { clientId: rp, name: 'Relying Party' }, redirectUri: BYE, state: 's1' });
  });

  it('accepts a client_id alone, and a matching client_id beside the hint', async () => {
    expect(await validateLogoutRequest(runtime, { client_id: rp, post_logout_redirect_uri: BYE })).toMatchObject({ redirectUri: BYE, state: null });
    const both = await validateLogoutRequest(runtime, { id_token_hint: await idToken(), client_id: rp, post_logout_redirect_uri: BYE });
    expect(both).toMatchObject({ client: { clientId: rp } });
  });

  it('accepts a request naming nothing when it asks for no redirect', async () => {
    expect(await validateLogoutRequest(runtime, {})).toEqual({ client: null, redirectUri: null, state: null });
  });

  it('refuses a URI the client did not register, compared exactly', async () => {
    for (const uri of ['https://evil.example.com/bye', `${BYE}/`, `${BYE}?x=1`, 'https://RP.example.com/bye', 'https://other.example.com/bye']) {
      expect(await validateLogoutRequest(runtime, { id_token_hint: await idToken(), post_logout_redirect_uri: uri }), uri).toMatchObject({
        error: 'unregistered_redirect_uri',
      });
    }
  });

  it('refuses a URI when neither a hint nor a client_id names the client', async () => {
    expect(await validateLogoutRequest(runtime, { post_logout_redirect_uri: BYE, state: 's1' })).toMatchObject({ error: 'client_required' });
  });

  it('refuses a client_id that differs from the hint’s audience', async () => {
    const result = await validateLogoutRequest(runtime, { id_token_hint: await idToken(), client_id: other, post_logout_redirect_uri: BYE });
    expect(result).toMatchObject({ error: 'client_mismatch' });
  });

  it('refuses a hint with a forged signature', async () => {
    const [header, payload] = (await idToken()).split('.');
    const { privateKey } = await generateKeyPair('RS256');
    const forged = await new SignJWT({ iss: ISSUER, sub: 'user-1', aud: rp, iat: 1, exp: 2 })
      .setProtectedHeader(JSON.parse(Buffer.from(header!, 'base64url').toString()))
      .sign(privateKey);
    const tampered = `${header}.${Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload!, 'base64url').toString()), sub: 'admin' })).toString('base64url')}.${(await idToken()).split('.')[2]}`;
    for (const token of [forged, tampered, 'not-a-jwt', `${header}.${payload}.`]) {
      expect(await validateLogoutRequest(runtime, { id_token_hint: token, post_logout_redirect_uri: BYE })).toMatchObject({ error: 'invalid_id_token_hint' });
    }
  });

  it('accepts an expired hint', async () => {
    const now = Math.floor(Date.now() / 1000);
    const expired = await idToken({ iat: now - 30 * 24 * HOUR, exp: now - 29 * 24 * HOUR });
    expect(await validateLogoutRequest(runtime, { id_token_hint: expired, post_logout_redirect_uri: BYE })).toMatchObject({ client: { clientId: rp } });
  });

  it('refuses hints from another issuer, access tokens, and tokens without a single client', async () => {
    const cases = [
      await idToken({ iss: 'https://elsewhere.test' }),
      await idToken({ client_id: rp, scope: 'openid' }, 'at+jwt'),
      await idToken({ aud: [rp, other] }),
      await idToken({ aud: [rp, other], azp: 'someone-else' }),
      await idToken({ sub: undefined }),
    ];
    for (const token of cases) {
      expect(await validateLogoutRequest(runtime, { id_token_hint: token })).toMatchObject({ error: 'invalid_id_token_hint' });
    }
    // With several audiences, azp names the client.
    expect(await validateLogoutRequest(runtime, { id_token_hint: await idToken({ aud: [rp, other], azp: rp }), post_logout_redirect_uri: BYE })).toMatchObject({
      client: { clientId: rp },
    });
  });

  it('refuses an unknown or disabled client', async () => {
    expect(await validateLogoutRequest(runtime, { client_id: 'no-such-client', post_logout_redirect_uri: BYE })).toMatchObject({ error: 'unknown_client' });
    expect(await validateLogoutRequest(runtime, { id_token_hint: await idToken({ aud: 'no-such-client' }) })).toMatchObject({ error: 'unknown_client' });
    const disabled = await register({ client_name: 'Gone', redirect_uris: ['https://gone.example.com/cb'], post_logout_redirect_uris: ['https://gone.example.com/bye'] });
    await fixture().db.client.update({ where: { clientId: disabled }, data: { status: 'disabled' } });
    expect(await validateLogoutRequest(runtime, { client_id: disabled, post_logout_redirect_uri: 'https://gone.example.com/bye' })).toMatchObject({
      error: 'unknown_client',
    });
  });

  describe('the endpoint', () => {
    const location = (response: Response) => new URL(response.headers.get('location') ?? '', ISSUER);

    it('forwards a GET to the confirmation page with the client named and the hint left behind', async () => {
      const query = new URLSearchParams({ id_token_hint: await idToken(), post_logout_redirect_uri: BYE, state: 's1', ui_locales: 'fr' });
      const response = await handleLogout(runtime, new Request(`${ISSUER}/oauth/logout?${query}`));
      expect(response.status).toBe(303);
      const target = location(response);
      expect(target.pathname).toBe('/oauth/logout/confirm');
      expect(Object.fromEntries(target.searchParams)).toEqual({ client_id: rp, post_logout_redirect_uri: BYE, state: 's1' });
    });

    it('accepts a POSTed form', async () => {
      const body = new URLSearchParams({ id_token_hint: await idToken(), post_logout_redirect_uri: BYE });
      const request = new Request(`${ISSUER}/oauth/logout`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body });
      const target = location(await handleLogout(runtime, request));
      expect(target.pathname).toBe('/oauth/logout/confirm');
      expect(target.searchParams.get('client_id')).toBe(rp);
      expect(target.searchParams.has('id_token_hint')).toBe(false);
    });

    it('sends a refused or malformed request to the error page, never to the client', async () => {
      const refused = await handleLogout(runtime, new Request(`${ISSUER}/oauth/logout?client_id=${rp}&post_logout_redirect_uri=https://evil.example.com/`));
      expect(location(refused).toString()).toBe(`${ISSUER}/oauth/logout/error?reason=unregistered_redirect_uri`);
      const repeated = await handleLogout(runtime, new Request(`${ISSUER}/oauth/logout?client_id=${rp}&client_id=${other}`));
      expect(location(repeated).searchParams.get('reason')).toBe('invalid_request');
      const json = new Request(`${ISSUER}/oauth/logout`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
      expect(location(await handleLogout(runtime, json)).searchParams.get('reason')).toBe('invalid_request');
    });
  });
});
