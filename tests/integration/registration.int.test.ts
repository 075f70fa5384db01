import http from 'node:http';
import type { AddressInfo } from 'node:net';
import fc from 'fast-check';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSecretBox } from '@/lib/crypto/secret-box';
import { hashClientSecret } from '@/lib/registration/client-secret';
import { createInitialAccessToken, revokeInitialAccessToken } from '@/lib/registration/initial-access-tokens';
import { defaultRegistrationPolicy } from '@/lib/registration/policy';
import { saveRegistrationPolicy } from '@/lib/registration/settings-store';
import { discoveryDocument } from '@/lib/oauth/discovery';
import { databaseTargets } from './support/databases';
import { useMigratedDatabase } from './support/fixture';
import { callConfiguration, callRegister, ISSUER, MASTER_SECRET, testRuntime } from './support/registration-runtime';

const targets = await databaseTargets();
const system = { type: 'system', label: 'test' } as const;

const webClient = {
  client_name: 'Photo printer',
  redirect_uris: ['https://printer.example.com/callback'],
  grant_types: ['authorization_code', 'refresh_token'],
  response_types: ['code'],
  scope: 'openid profile',
};

/** A local server for jwks_uri and sector_identifier_uri documents. */
function documentServer(documents: Record<string, unknown>) {
  const server = http.createServer((req, res) => {
    const document = documents[req.url ?? ''];
    res.writeHead(document === undefined ? 404 : 200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(document ?? {}));
  });
  return {
    start: () => new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve)),
    url: (path: string) => `http://127.0.0.1:${(server.address() as AddressInfo).port}${path}`,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe.each(targets)('dynamic registration on the $kind database', (target) => {
  if (target.skipReason) {
    it.skip(`skipped: ${target.skipReason}`, () => {});
    return;
  }
  const fixture = useMigratedDatabase(target);
  const runtime = (options?: Parameters<typeof testRuntime>[1]) => testRuntime(fixture().db, options);
  const newToken = async (input: Parameters<typeof createInitialAccessToken>[1] = {}) =>
    (await createInitialAccessToken(fixture().db, input, system)).token;

  describe('POST /oauth/register', () => {
    it('registers a client and answers with everything RFC 7591 §3.2.1 lists, defaults applied', async () => {
      const { response, json } = await callRegister(runtime(), { token: await newToken(), body: webClient });
      expect(response.status).toBe(201);
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect(response.headers.get('pragma')).toBe('no-cache');
      expect(json).toMatchObject({
        client_name: 'Photo printer',
        redirect_uris: webClient.redirect_uris,
        token_endpoint_auth_method: 'client_secret_basic',
        application_type: 'web',
        id_token_signed_response_alg: 'RS256',
        client_secret_expires_at: 0,
      });
      expect(json.client_id).toMatch(/^[A-Za-z0-9_-]{22}$/);
      expect(json.client_secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(json.registration_access_token).toMatch(/^rat_/);
      expect(json.registration_client_uri).toBe(`${ISSUER}/oauth/register/${json.client_id}`);
      expect(Math.abs(Number(json.client_id_issued_at) - Date.now() / 1000)).toBeLessThan(60);

      const row = await fixture().db.client.findUniqueOrThrow({
        where: { clientId: String(json.client_id) },
        omit: { secretHash: false, secretCiphertext: false, registrationTokenHash: false },
      });
      expect(row.secretHash).toBe(hashClientSecret(String(json.client_secret)));
      expect(row.secretCiphertext).toBeNull();
      expect(JSON.stringify(row)).not.toContain(String(json.client_secret));
      expect(JSON.stringify(row)).not.toContain(String(json.registration_access_token));
    });

    it('never adopts a client-chosen client_id, secret or timestamps', async () => {
      const { response, json } = await callRegister(runtime(), {
        token: await newToken(),
        body: { ...webClient, client_id: 'mine', client_secret: 'chosen', client_id_issued_at: 1, client_secret_expires_at: 2 },
      });
      expect(response.status).toBe(201);
      expect(json.client_id).not.toBe('mine');
      expect(json.client_secret).not.toBe('chosen');
      expect(json.client_id_issued_at).not.toBe(1);
      expect(json.client_secret_expires_at).toBe(0);
    });

    it('issues no secret to a public client and keeps a readable secret for client_secret_jwt', async () => {
      const token = await newToken();
      const spa = await callRegister(runtime(), { token, body: { ...webClient, token_endpoint_auth_method: 'none' } });
      expect(spa.response.status).toBe(201);
      expect(spa.json).not.toHaveProperty('client_secret');
      expect(spa.json).not.toHaveProperty('client_secret_expires_at');

      const jwt = await callRegister(runtime(), {
        token,
        body: { ...webClient, token_endpoint_auth_method: 'client_secret_jwt', token_endpoint_auth_signing_alg: 'HS256' },
      });
      expect(jwt.response.status).toBe(201);
      const row = await fixture().db.client.findUniqueOrThrow({ where: { clientId: String(jwt.json.client_id) }, omit: { secretCiphertext: false } });
      expect(createSecretBox(MASTER_SECRET, 'client-secret').open(row.secretCiphertext!)).toBe(jwt.json.client_secret);
    });

    it('returns warnings in the extension member without blocking', async () => {
      const { response, json } = await callRegister(runtime(), {
        token: await newToken(),
        body: { ...webClient, token_endpoint_auth_method: 'client_secret_post' },
      });
      expect(response.status).toBe(201);
      expect(json.warnings).toEqual(expect.arrayContaining([expect.objectContaining({ rule: expect.any(String), message: expect.any(String) })]));
    });

    it.each([
      ['a fragment in a redirect URI', { ...webClient, redirect_uris: ['https://printer.example.com/cb#x'] }, 'invalid_redirect_uri', 'redirect_uris[0]: '],
      ['a javascript: redirect URI', { ...webClient, redirect_uris: ['javascript:alert(1)'] }, 'invalid_redirect_uri', 'redirect_uris[0]: '],
      ['client_credentials on a public client', { grant_types: ['client_credentials'], token_endpoint_auth_method: 'none' }, 'invalid_client_metadata', 'none'],
      ['redirect_uris of the wrong type', { ...webClient, redirect_uris: 'https://printer.example.com/cb' }, 'invalid_redirect_uri', 'redirect_uris'],
      ['the password grant', { client_name: 'legacy', grant_types: ['password'], response_types: [] }, 'invalid_client_metadata', 'grant_types'],
    ])('refuses %s with the rulebook’s error code', async (_name, body, error, mentioned) => {
      const { response, json } = await callRegister(runtime(), { token: await newToken(), body });
      expect(response.status).toBe(400);
      expect(json.error).toBe(error);
      expect(String(json.error_description)).toContain(mentioned);
    });

    it.each([
      ['form encoding', { rawBody: 'client_name=x', contentType: 'application/x-www-form-urlencoded' }, 400],
      ['no content type', { rawBody: '{}', contentType: '' }, 400],
      ['broken JSON', { rawBody: '{"client_name":', contentType: 'application/json' }, 400],
      ['a JSON array', { rawBody: '[]', contentType: 'application/json; charset=utf-8' }, 400],
      ['a JSON string', { rawBody: '"x"', contentType: 'application/json' }, 400],
      ['invalid UTF-8', { rawBody: new Uint8Array([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0x22, 0x7d]), contentType: 'application/json' }, 400],
      ['a body over 64 KiB', { rawBody: JSON.stringify({ client_name: 'x'.repeat(70_000) }), contentType: 'application/json' }, 413],
    ])('answers %s with an OAuth error, never a 5xx', async (_name, call, status) => {
      const { response, json } = await callRegister(runtime(), { token: await newToken(), ...call });
      expect(response.status).toBe(status);
      expect(json.error).toBe('invalid_client_metadata');
      expect(typeof json.error_description).toBe('string');
    });

    it('answers other methods with 405 and Allow', async () => {
      const { response, json } = await callRegister(runtime(), { method: 'GET' });
      expect(response.status).toBe(405);
      expect(response.headers.get('allow')).toBe('POST');
      expect(json.error).toBe('invalid_request');
    });

    it('audits registrations and rejections without secrets', async () => {
      const ok = await callRegister(runtime(), { token: await newToken(), body: webClient });
      const bad = await callRegister(runtime(), { token: await newToken(), body: { redirect_uris: ['http://x/#f'] } });
      expect(bad.response.status).toBe(400);
      const { db } = fixture();
      const registered = await db.auditEvent.findFirstOrThrow({ where: { action: 'client.registered', targetId: String(ok.json.client_id) } });
      expect(registered.actorType).toBe('initial_access_token');
      expect(registered.ip).toBe('192.0.2.7');
      expect(JSON.stringify(registered)).not.toContain(String(ok.json.client_secret));
      const rejected = await db.auditEvent.findFirstOrThrow({ where: { action: 'client.registration_rejected' }, orderBy: { at: 'desc' } });
      expect(rejected.detail).toMatchObject({ error: 'invalid_redirect_uri' });
    });
  });

  describe('initial access tokens', () => {
    it('refuses a missing, unknown, expired, revoked or used-up token with 401 invalid_token', async () => {
      const missing = await callRegister(runtime(), { body: webClient });
      expect(missing.response.status).toBe(401);
      expect(missing.json.error).toBe('invalid_token');
      expect(missing.response.headers.get('www-authenticate')).toMatch(/^Bearer/);

      const unknown = await callRegister(runtime(), { token: 'iat_unknown', body: webClient });
      expect(unknown.response.status).toBe(401);
      expect(unknown.response.headers.get('www-authenticate')).toContain('error="invalid_token"');

      const { db } = fixture();
      const expired = await createInitialAccessToken(db, { expiresInSeconds: 60 }, system);
      await db.initialAccessToken.update({ where: { id: expired.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
      expect((await callRegister(runtime(), { token: expired.token, body: webClient })).response.status).toBe(401);

      const revoked = await createInitialAccessToken(db, {}, system);
      expect(await revokeInitialAccessToken(db, revoked.id, system)).toBe(true);
      expect((await callRegister(runtime(), { token: revoked.token, body: webClient })).response.status).toBe(401);

      const once = await newToken({ maxUses: 1 });
      expect((await callRegister(runtime(), { token: once, body: webClient })).response.status).toBe(201);
      expect((await callRegister(runtime(), { token: once, body: webClient })).response.status).toBe(401);
    });

    it('spends no use on a refused registration', async () => {
      const once = await newToken({ maxUses: 1 });
      expect((await callRegister(runtime(), { token: once, body: { redirect_uris: ['nope'] } })).response.status).toBe(400);
      expect((await callRegister(runtime(), { token: once, body: webClient })).response.status).toBe(201);
    });

    it('lets exactly max_uses of 50 concurrent registrations through', async () => {
      const token = await newToken({ maxUses: 7 });
      const results = await Promise.all(Array.from({ length: 50 }, () => callRegister(runtime(), { token, body: webClient })));
      const statuses = results.map((result) => result.response.status);
      expect(statuses.filter((status) => status === 201)).toHaveLength(7);
      expect(statuses.filter((status) => status === 401)).toHaveLength(43);
      const { db } = fixture();
      const row = await db.initialAccessToken.findFirstOrThrow({ where: { maxUses: 7 } });
      expect(row.uses).toBe(7);
    });

    it('applies the token’s own policy and client cap', async () => {
      const token = await newToken({ policy: { allowedRedirectHosts: ['partner.example.com'], maxClients: 1 } });
      const elsewhere = await callRegister(runtime(), { token, body: webClient });
      expect(elsewhere.response.status).toBe(400);
      expect(elsewhere.json.error).toBe('invalid_redirect_uri');
      const body = { ...webClient, redirect_uris: ['https://partner.example.com/cb'] };
      expect((await callRegister(runtime(), { token, body })).response.status).toBe(201);
      const second = await callRegister(runtime(), { token, body });
      expect(second.response.status).toBe(400);
      expect(second.json.error_description).toContain('at most 1');
    });
  });

  describe('registration modes', () => {
    it('open mode accepts anonymous registrations under the anonymous policy', async () => {
      const open = runtime({ mode: 'open' });
      expect((await callRegister(open, { body: webClient })).response.status).toBe(201);
      const machine = await callRegister(open, { body: { grant_types: ['client_credentials'], client_name: 'cron' } });
      expect(machine.response.status).toBe(400);
      expect(machine.json.error).toBe('invalid_client_metadata');
      expect(String(machine.json.error_description)).toContain('client_credentials');
    });

    it('disabled mode answers 403 and discovery stops advertising the endpoint', async () => {
      const { response, json } = await callRegister(runtime({ mode: 'disabled' }), { token: await newToken(), body: webClient });
      expect(response.status).toBe(403);
      expect(json.error).toBe('access_denied');
      expect(discoveryDocument({ issuer: ISSUER, registrationMode: 'disabled' })).not.toHaveProperty('registration_endpoint');
      expect(discoveryDocument({ issuer: ISSUER, registrationMode: 'open' }).registration_endpoint).toBe(`${ISSUER}/oauth/register`);
    });

    it('an admin-chosen mode and policy override the environment', async () => {
      const { db } = fixture();
      await saveRegistrationPolicy(db, { ...defaultRegistrationPolicy, mode: 'disabled' });
      try {
        expect((await callRegister(runtime({ mode: 'open' }), { body: webClient })).response.status).toBe(403);
      } finally {
        await saveRegistrationPolicy(db, defaultRegistrationPolicy);
      }
    });
  });

  describe('RFC 7592 client configuration endpoint', () => {
    async function registered(body: Record<string, unknown> = webClient) {
      const { json } = await callRegister(runtime(), { token: await newToken(), body });
      return { clientId: String(json.client_id), rat: String(json.registration_access_token), secret: json.client_secret as string | undefined };
    }

    it('reads the current metadata without the secret, with an ETag', async () => {
      const client = await registered();
      const { response, json } = await callConfiguration(runtime(), client.clientId, { token: client.rat });
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect(response.headers.get('etag')).toBe('"1"');
      expect(json).toMatchObject({ client_id: client.clientId, client_name: 'Photo printer', client_secret_expires_at: 0 });
      expect(json).not.toHaveProperty('client_secret');
      expect(json).not.toHaveProperty('registration_access_token');
    });

    it('answers a wrong, missing or other client’s token alike with 401 invalid_token', async () => {
      const a = await registered();
      const b = await registered();
      for (const [clientId, token] of [
        [a.clientId, b.rat],
        [a.clientId, undefined],
        [a.clientId, 'rat_wrong'],
        ['no-such-client', a.rat],
      ] as const) {
        const { response, json } = await callConfiguration(runtime(), clientId, { token });
        expect(response.status).toBe(401);
        expect(json.error).toBe('invalid_token');
        expect(response.headers.get('www-authenticate')).toMatch(/^Bearer/);
      }
    });

    it('replaces the metadata in full on PUT and rotates the registration access token', async () => {
      const client = await registered({ ...webClient, logo_uri: 'https://printer.example.com/logo.png', tos_uri: 'https://printer.example.com/tos' });
      const { response, json } = await callConfiguration(runtime(), client.clientId, {
        method: 'PUT',
        token: client.rat,
        body: { client_id: client.clientId, redirect_uris: ['https://printer.example.com/new'], client_name: 'Printer 2' },
      });
      expect(response.status).toBe(200);
      expect(json.redirect_uris).toEqual(['https://printer.example.com/new']);
      expect(json.client_name).toBe('Printer 2');
      expect(json).not.toHaveProperty('logo_uri');
      expect(json).not.toHaveProperty('tos_uri');
      expect(json.grant_types).toEqual(['authorization_code']);
      expect(json).not.toHaveProperty('client_secret');
      expect(json.registration_access_token).toMatch(/^rat_/);
      expect(json.registration_access_token).not.toBe(client.rat);

      expect((await callConfiguration(runtime(), client.clientId, { token: client.rat })).response.status).toBe(401);
      const fresh = await callConfiguration(runtime(), client.clientId, { token: String(json.registration_access_token) });
      expect(fresh.response.status).toBe(200);
      expect(fresh.response.headers.get('etag')).toBe('"2"');
    });

    it('refuses a mismatched client_id or client_secret and a stale If-Match', async () => {
      const client = await registered();
      const mismatch = await callConfiguration(runtime(), client.clientId, { method: 'PUT', token: client.rat, body: { ...webClient, client_id: 'other' } });
      expect(mismatch.response.status).toBe(400);
      expect(mismatch.json.error).toBe('invalid_client_metadata');
      const wrongSecret = await callConfiguration(runtime(), client.clientId, {
        method: 'PUT',
        token: client.rat,
        body: { ...webClient, client_id: client.clientId, client_secret: 'not-it' },
      });
      expect(wrongSecret.response.status).toBe(400);
      const rightSecret = await callConfiguration(runtime(), client.clientId, {
        method: 'PUT',
        token: client.rat,
        headers: { 'if-match': '"1"' },
        body: { ...webClient, client_id: client.clientId, client_secret: client.secret },
      });
      expect(rightSecret.response.status).toBe(200);
      const stale = await callConfiguration(runtime(), client.clientId, {
        method: 'PUT',
        token: String(rightSecret.json.registration_access_token),
        headers: { 'if-match': '"1"' },
        body: { ...webClient, client_id: client.clientId },
      });
      expect(stale.response.status).toBe(412);
    });

    it('validates updates with the same rules and keeps the old metadata on refusal', async () => {
      const client = await registered();
      const bad = await callConfiguration(runtime(), client.clientId, { method: 'PUT', token: client.rat, body: { redirect_uris: ['https://a.example/#frag'] } });
      expect(bad.response.status).toBe(400);
      expect(bad.json.error).toBe('invalid_redirect_uri');
      const still = await callConfiguration(runtime(), client.clientId, { token: client.rat });
      expect(still.json.redirect_uris).toEqual(webClient.redirect_uris);
    });

    it('issues a secret when an update switches a public client to a secret method, and drops it when switching back', async () => {
      const client = await registered({ ...webClient, token_endpoint_auth_method: 'none' });
      expect(client.secret).toBeUndefined();
      const toSecret = await callConfiguration(runtime(), client.clientId, {
        method: 'PUT',
        token: client.rat,
        body: { ...webClient, token_endpoint_auth_method: 'client_secret_basic' },
      });
      expect(toSecret.json.client_secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
      const back = await callConfiguration(runtime(), client.clientId, {
        method: 'PUT',
        token: String(toSecret.json.registration_access_token),
        body: { ...webClient, token_endpoint_auth_method: 'none' },
      });
      expect(back.response.status).toBe(200);
      const row = await fixture().db.client.findUniqueOrThrow({ where: { clientId: client.clientId }, omit: { secretHash: false } });
      expect(row.secretHash).toBeNull();
    });

    it('deletes on DELETE: 204, then the token and the client are gone', async () => {
      const client = await registered();
      const { response } = await callConfiguration(runtime(), client.clientId, { method: 'DELETE', token: client.rat });
      expect(response.status).toBe(204);
      expect((await callConfiguration(runtime(), client.clientId, { token: client.rat })).response.status).toBe(401);
      const { db } = fixture();
      expect(await db.client.findUnique({ where: { clientId: client.clientId } })).toBeNull();
      expect(await db.auditEvent.count({ where: { action: 'client.deleted', targetId: client.clientId } })).toBe(1);
    });
  });

  describe('documents fetched from the registrant’s URLs', () => {
    const documents = documentServer({});
    let jwk: Record<string, unknown>;
    beforeAll(async () => {
      await documents.start();
      const { publicKey } = await generateKeyPair('ES256');
      jwk = { ...(await exportJWK(publicKey)), kid: 'k1', use: 'sig', alg: 'ES256' };
    });
    afterAll(() => documents.stop());
    const local = () => runtime({ fetch: { allowHttp: true, allowPrivateNetworks: ['127.0.0.1'] } });

    it('accepts a sector identifier listing every redirect URI and refuses one that does not', async () => {
      // The rulebook requires https sector identifiers; the fetcher itself is tested in lib/net.
      const published: Record<string, unknown> = {
        'https://sector.example/full': ['https://a.example.com/cb', 'https://b.example.com/cb'],
        'https://sector.example/partial': ['https://a.example.com/cb'],
        'https://sector.example/object': { redirect_uris: [] },
      };
      const fetchJson = async (url: string) => {
        if (!(url in published)) throw new Error('server responded with HTTP 404');
        return published[url];
      };
      const withSector = (uri: string) => ({
        ...webClient,
        redirect_uris: ['https://a.example.com/cb', 'https://b.example.com/cb'],
        subject_type: 'pairwise',
        sector_identifier_uri: uri,
      });
      const good = await callRegister(runtime({ fetchJson }), { token: await newToken(), body: withSector('https://sector.example/full') });
      expect(good.response.status).toBe(201);
      expect(good.json.sector_identifier_uri).toBe('https://sector.example/full');
      const partial = await callRegister(runtime({ fetchJson }), { token: await newToken(), body: withSector('https://sector.example/partial') });
      expect(partial.response.status).toBe(400);
      expect(partial.json).toMatchObject({ error: 'invalid_redirect_uri', error_description: expect.stringContaining('https://b.example.com/cb') });
      const object = await callRegister(runtime({ fetchJson }), { token: await newToken(), body: withSector('https://sector.example/object') });
      expect(object.json).toMatchObject({ error: 'invalid_client_metadata', error_description: expect.stringContaining('JSON array') });
      const missing = await callRegister(runtime({ fetchJson }), { token: await newToken(), body: withSector('https://sector.example/gone') });
      expect(missing.json).toMatchObject({ error: 'invalid_client_metadata', error_description: 'sector_identifier_uri: server responded with HTTP 404' });
    });

    it('fetches jwks_uri for private_key_jwt and refuses an unusable key set', async () => {
      const server = documentServer({ '/jwks': { keys: [jwk] }, '/private': { keys: [{ ...jwk, d: 'secret' }] }, '/empty': { keys: [] } });
      await server.start();
      try {
        const body = { ...webClient, token_endpoint_auth_method: 'private_key_jwt', token_endpoint_auth_signing_alg: 'ES256' };
        const good = await callRegister(local(), { token: await newToken(), body: { ...body, jwks_uri: server.url('/jwks') } });
        expect(good.json.error_description).toBeUndefined();
        expect(good.response.status).toBe(201);
        expect(good.json).not.toHaveProperty('client_secret');
        for (const path of ['/private', '/empty', '/missing']) {
          const bad = await callRegister(local(), { token: await newToken(), body: { ...body, jwks_uri: server.url(path) } });
          expect(bad.response.status).toBe(400);
          expect(bad.json.error).toBe('invalid_client_metadata');
          expect(String(bad.json.error_description)).toMatch(/^jwks_uri: /);
        }
      } finally {
        await server.stop();
      }
    });

    it.each(['https://127.0.0.1/jwks', 'https://10.0.0.1/jwks', 'https://169.254.169.254/latest', 'https://localhost/jwks'])(
      'the production fetcher refuses %s',
      async (jwksUri) => {
        const body = { ...webClient, token_endpoint_auth_method: 'private_key_jwt', token_endpoint_auth_signing_alg: 'ES256', jwks_uri: jwksUri };
        const { response, json } = await callRegister(runtime(), { token: await newToken(), body });
        expect(response.status).toBe(400);
        expect(json.error).toBe('invalid_client_metadata');
        expect(String(json.error_description)).toMatch(/private or reserved|not allowed|refused/);
      },
    );
  });

  describe('software statements', () => {
    it('takes claims from a trusted issuer’s statement over the request, and refuses untrusted or forged ones', async () => {
      const { db } = fixture();
      const { publicKey, privateKey } = await generateKeyPair('ES256');
      const forger = await generateKeyPair('ES256');
      await db.softwareStatementIssuer.create({
        data: { name: 'Partner publisher', issuer: 'https://publisher.example', jwks: { keys: [{ ...(await exportJWK(publicKey)), kid: 'p1' }] } },
      });
      const sign = (key: CryptoKey, iss: string) =>
        new SignJWT({ software_id: 'printer-app', client_name: 'Signed name', redirect_uris: ['https://signed.example.com/cb'] })
          .setProtectedHeader({ alg: 'ES256', kid: 'p1' })
          .setIssuer(iss)
          .setIssuedAt()
          .setExpirationTime('10m')
          .sign(key);

      const good = await callRegister(runtime(), { token: await newToken(), body: { ...webClient, software_statement: await sign(privateKey, 'https://publisher.example') } });
      expect(good.response.status).toBe(201);
      expect(good.json).toMatchObject({ software_id: 'printer-app', client_name: 'Signed name', redirect_uris: ['https://signed.example.com/cb'] });

      const untrusted = await callRegister(runtime(), { token: await newToken(), body: { ...webClient, software_statement: await sign(privateKey, 'https://stranger.example') } });
      expect(untrusted.response.status).toBe(400);
      expect(untrusted.json.error).toBe('unapproved_software_statement');

      const forged = await callRegister(runtime(), { token: await newToken(), body: { ...webClient, software_statement: await sign(forger.privateKey, 'https://publisher.example') } });
      expect(forged.response.status).toBe(400);
      expect(forged.json.error).toBe('invalid_software_statement');

      await saveRegistrationPolicy(db, {
        ...defaultRegistrationPolicy,
        kinds: { ...defaultRegistrationPolicy.kinds, initial_access_token: { ...defaultRegistrationPolicy.kinds.initial_access_token, requireSoftwareStatement: true } },
      });
      try {
        const missing = await callRegister(runtime(), { token: await newToken(), body: webClient });
        expect(missing.response.status).toBe(400);
        expect(missing.json.error).toBe('invalid_software_statement');
      } finally {
        await saveRegistrationPolicy(db, defaultRegistrationPolicy);
      }
    });
  });
});

describe.each(targets)('malformed registration traffic on the $kind database', (target) => {
  if (target.skipReason) {
    it.skip(`skipped: ${target.skipReason}`, () => {});
    return;
  }
  const fixture = useMigratedDatabase(target);

  it('never answers with a 5xx, whatever the method, headers and body', async () => {
    const token = (await createInitialAccessToken(fixture().db, {}, system)).token;
    const runtime = testRuntime(fixture().db, { mode: 'open' });
    const body = fc.oneof(
      fc.jsonValue().map((value) => JSON.stringify(value)),
      fc.record({ redirect_uris: fc.anything(), grant_types: fc.anything(), jwks: fc.anything(), software_statement: fc.anything() }).map((value) => JSON.stringify(value)),
      fc.string({ maxLength: 200 }),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('POST', 'PUT', 'GET', 'DELETE', 'PATCH'),
        fc.constantFrom('application/json', 'application/json; charset=utf-8', 'text/plain', 'application/x-www-form-urlencoded', ''),
        fc.constantFrom(undefined, token, 'iat_forged', 'not a bearer'),
        body,
        async (method, contentType, bearer, rawBody) => {
          const withBody = method !== 'GET';
          const registration = await callRegister(runtime, { method, token: bearer, contentType, rawBody: withBody ? rawBody : undefined });
          expect(registration.response.status).toBeLessThan(500);
          const configuration = await callConfiguration(runtime, 'some-client', { method, token: bearer, contentType, rawBody: withBody ? rawBody : undefined });
          expect(configuration.response.status).toBeLessThan(500);
        },
      ),
      { numRuns: 60 },
    );
  });
});
