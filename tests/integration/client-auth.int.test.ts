import { randomUUID } from 'node:crypto';
import { exportJWK, generateKeyPair, SignJWT, UnsecuredJWT, type CryptoKey, type JWK, type JWTHeaderParameters } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { createSecretBox } from '@/lib/crypto/secret-box';
import type { Prisma } from '@/lib/db/generated/client';
import { OAuthError } from '@/lib/oauth/errors';
import { readForm } from '@/lib/oauth/form';
import { authenticateClient, purgeExpiredAssertionJtis, type AuthenticatedClient, type ClientAuthDeps } from '@/lib/oauth/client-auth';
import { createInitialAccessToken } from '@/lib/registration/initial-access-tokens';
import { registerClient, rotateClientSecret } from '@/lib/registration/service';
import type { Registrant } from '@/lib/registration/registrant';
import { databaseTargets } from './support/databases';
import { useMigratedDatabase } from './support/fixture';
import { ISSUER, MASTER_SECRET, testRuntime } from './support/registration-runtime';

const targets = await databaseTargets();
const system = { type: 'system', label: 'test' } as const;
const ENDPOINT = `${ISSUER}/oauth/token`;
const JWT_BEARER = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer';
const CHALLENGE = 'Basic realm="token"';
const JWKS_URI = 'https://keys.example.test/jwks';

const webClient = {
  client_name: 'Ledger sync',
  redirect_uris: ['https://ledger.example.com/callback'],
  grant_types: ['authorization_code', 'refresh_token'],
  response_types: ['code'],
};

/** application/x-www-form-urlencoded as RFC 6749 Appendix B asks for it, space as '+'. */
const formEncode = (value: string) => encodeURIComponent(value).replace(/%20/g, '+');
/** Every character percent-encoded: legal form encoding a server must decode all the same. */
const percentEveryChar = (value: string) => [...Buffer.from(value, 'utf8')].map((byte) => `%${byte.toString(16).toUpperCase().padStart(2, '0')}`).join('');
const basicHeader = (id: string, secret: string, encode = formEncode) =>
  `Basic ${Buffer.from(`${encode(id)}:${encode(secret)}`, 'utf8').toString('base64')}`;

interface KeyPair {
  privateKey: CryptoKey;
  publicJwk: JWK;
  alg: string;
  kid: string;
}

async function keyPair(alg: string, kid: string): Promise<KeyPair> {
  const { privateKey, publicKey } = await generateKeyPair(alg);
  return { privateKey, publicJwk: { ...(await exportJWK(publicKey)), kid, alg, use: 'sig' }, alg, kid };
}

/** A jwks_uri host: serves whatever key set is current and counts the fetches. */
function fakeJwksHost() {
  const documents = new Map<string, unknown>();
  const host = {
    calls: 0,
    serve: (uri: string, keys: JWK[]) => documents.set(uri, { keys }),
    fetchJson: async (url: string) => {
      host.calls += 1;
      if (!documents.has(url)) throw new Error('HTTP 404');
      return structuredClone(documents.get(url));
    },
  };
  return host;
}

interface Claims {
  [claim: string]: unknown;
}

function claimsFor(clientId: string, nowMs: number, overrides: Claims = {}): Claims {
  const now = Math.floor(nowMs / 1000);
  return { iss: clientId, sub: clientId, aud: ENDPOINT, iat: now, exp: now + 60, jti: randomUUID(), ...overrides };
}

function sign(key: CryptoKey | Uint8Array, header: JWTHeaderParameters, claims: Claims): Promise<string> {
  return new SignJWT(claims).setProtectedHeader(header).sign(key);
}

const hmacKey = (secret: string) => new TextEncoder().encode(secret);

async function refusal(attempt: Promise<unknown>): Promise<OAuthError> {
  const outcome = await attempt.then(
    () => null,
    (error: unknown) => error,
  );
  expect(outcome).toBeInstanceOf(OAuthError);
  return outcome as OAuthError;
}

/** Asserts the precise error, its status, and the challenge RFC 6749 §5.2 requires on a 401. */
async function expectRefused(attempt: Promise<unknown>, error: 'invalid_client' | 'invalid_request', description: string | RegExp) {
  const failure = await refusal(attempt);
  expect(failure.error).toBe(error);
  expect(failure.status).toBe(error === 'invalid_client' ? 401 : 400);
  if (failure.status === 401) expect(failure.headers['www-authenticate']).toBe(CHALLENGE);
  else expect(failure.headers).not.toHaveProperty('www-authenticate');
  if (typeof description === 'string') expect(failure.description).toBe(description);
  else expect(failure.description).toMatch(description);
}

describe('the Basic credentials of RFC 6749 Appendix B', () => {
  const deps = { endpointUrl: ENDPOINT, issuer: ISSUER } as ClientAuthDeps;
  const call = (authorization: string, params: Record<string, string> = {}) =>
    authenticateClient(new Request(ENDPOINT, { method: 'POST', headers: { authorization } }), new Map(Object.entries(params)), deps);

  it.each([
    ['characters outside base64', 'Basic !!!!', 'the Basic credentials are not valid base64'],
    ['a truncated base64 value', 'Basic QWxhZGRpbjpv0', 'the Basic credentials are not valid base64'],
    ['no credentials at all', 'Basic', 'the Basic credentials are malformed'],
    ['no colon', `Basic ${Buffer.from('client-without-secret').toString('base64')}`, 'the Basic credentials have no colon between client_id and secret'],
    ['an empty client_id', `Basic ${Buffer.from(':secret').toString('base64')}`, 'the Basic credentials have an empty client_id'],
    ['a broken percent-escape', `Basic ${Buffer.from('client%E0%A4%A:secret').toString('base64')}`, 'the Basic credentials are not properly form-encoded'],
  ])('refuses %s before any lookup', async (_case, authorization, description) => {
    await expectRefused(call(authorization), 'invalid_client', description);
  });

  it('refuses a Basic client_id that disagrees with the client_id parameter', async () => {
    await expectRefused(call(basicHeader('one', 'secret'), { client_id: 'two' }), 'invalid_request', 'client_id does not match the client of the Authorization header');
  });
});

describe.each(targets)('client authentication on the $kind database', (target) => {
  if (target.skipReason) {
    it.skip(`skipped: ${target.skipReason}`, () => {});
    return;
  }
  const fixture = useMigratedDatabase(target);
  const jwksHost = fakeJwksHost();
  let registrant: Registrant;

  const deps = (overrides: Partial<ClientAuthDeps> = {}): ClientAuthDeps => ({
    db: fixture().db,
    secretBox: createSecretBox(MASTER_SECRET, 'client-secret'),
    fetchJson: jwksHost.fetchJson,
    issuer: ISSUER,
    endpointUrl: ENDPOINT,
    ...overrides,
  });

  async function register(metadata: Record<string, unknown>) {
    const runtime = testRuntime(fixture().db, { fetchJson: jwksHost.fetchJson });
    const issued = await registerClient(runtime, registrant, { ...webClient, ...metadata });
    return { clientId: issued.client.clientId, secret: issued.clientSecret ?? '' };
  }

  /** Sends a token request through the real form reader, as the endpoints will. */
  async function authenticate(params: Record<string, string>, headers: Record<string, string> = {}, overrides: Partial<ClientAuthDeps> = {}) {
    const request = new Request(ENDPOINT, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
      body: new URLSearchParams({ grant_type: 'client_credentials', ...params }),
    });
    return authenticateClient(request, await readForm(request), deps(overrides));
  }

  const withAssertion = (assertion: string, extra: Record<string, string> = {}, overrides: Partial<ClientAuthDeps> = {}) =>
    authenticate({ client_assertion_type: JWT_BEARER, client_assertion: assertion, ...extra }, {}, overrides);

  function expectAuthenticated(result: AuthenticatedClient, clientId: string, method: string) {
    expect(result.method).toBe(method);
    expect(result.client.clientId).toBe(clientId);
    for (const column of ['secretHash', 'secretCiphertext', 'previousSecretHash', 'previousSecretCiphertext', 'registrationTokenHash']) {
      expect(result.client).not.toHaveProperty(column);
    }
  }

  const setClient = (clientId: string, data: Prisma.ClientUpdateInput) =>
    fixture().db.client.update({ where: { clientId }, data });

  let basic: { clientId: string; secret: string };
  let post: { clientId: string; secret: string };
  let secretJwt: { clientId: string; secret: string };
  let publicClient: { clientId: string };
  let es256: KeyPair;
  let rs256: KeyPair;
  let ed25519: KeyPair;
  let es256Client: string;
  let rs256Client: string;
  let eddsaClient: string;

  beforeAll(async () => {
    const token = await createInitialAccessToken(fixture().db, {}, system);
    registrant = { kind: 'initial_access_token', tokenId: token.id, tokenPolicy: null };
    [es256, rs256, ed25519] = await Promise.all([keyPair('ES256', 'es-1'), keyPair('RS256', 'rs-1'), keyPair('EdDSA', 'ed-1')]);
    basic = await register({});
    post = await register({ token_endpoint_auth_method: 'client_secret_post' });
    secretJwt = await register({ token_endpoint_auth_method: 'client_secret_jwt', token_endpoint_auth_signing_alg: 'HS256' });
    publicClient = await register({ token_endpoint_auth_method: 'none' });
    const privateKeyJwt = { token_endpoint_auth_method: 'private_key_jwt' };
    es256Client = (await register({ ...privateKeyJwt, token_endpoint_auth_signing_alg: 'ES256', jwks: { keys: [es256.publicJwk] } })).clientId;
    rs256Client = (await register({ ...privateKeyJwt, jwks: { keys: [rs256.publicJwk] } })).clientId;
    eddsaClient = (await register({ ...privateKeyJwt, token_endpoint_auth_signing_alg: 'EdDSA', jwks: { keys: [ed25519.publicJwk] } })).clientId;
  });

  describe('client_secret_basic and client_secret_post', () => {
    it('authenticates with the secret in the Authorization header', async () => {
      expectAuthenticated(await authenticate({}, { authorization: basicHeader(basic.clientId, basic.secret) }), basic.clientId, 'client_secret_basic');
    });

    it('form-decodes the id and secret of the Basic header, every character percent-encoded', async () => {
      const authorization = basicHeader(basic.clientId, basic.secret, percentEveryChar);
      expect(Buffer.from(authorization.slice('Basic '.length), 'base64').toString()).toMatch(/^(%[0-9A-F]{2})+:(%[0-9A-F]{2})+$/);
      const result = await authenticate({ client_id: basic.clientId }, { authorization });
      expectAuthenticated(result, basic.clientId, 'client_secret_basic');
    });

    it('decodes + in the Basic header as a space, so a literal + is not the secret', async () => {
      const mangled = `Basic ${Buffer.from(`${basic.clientId}:${basic.secret}+`).toString('base64')}`;
      await expectRefused(authenticate({}, { authorization: mangled }), 'invalid_client', 'the client credentials are invalid');
    });

    it('authenticates with the secret in the body', async () => {
      expectAuthenticated(await authenticate({ client_id: post.clientId, client_secret: post.secret }), post.clientId, 'client_secret_post');
    });

    it('refuses a wrong secret either way', async () => {
      await expectRefused(authenticate({}, { authorization: basicHeader(basic.clientId, `${basic.secret}x`) }), 'invalid_client', 'the client credentials are invalid');
      await expectRefused(authenticate({ client_id: post.clientId, client_secret: basic.secret }), 'invalid_client', 'the client credentials are invalid');
    });

    it('accepts the previous secret during the rotation grace period and not after', async () => {
      const client = await register({});
      const rotated = await rotateClientSecret(testRuntime(fixture().db), client.clientId, system);
      const withOld = () => authenticate({}, { authorization: basicHeader(client.clientId, client.secret) });
      expectAuthenticated(await withOld(), client.clientId, 'client_secret_basic');
      expectAuthenticated(await authenticate({}, { authorization: basicHeader(client.clientId, rotated.clientSecret) }), client.clientId, 'client_secret_basic');

      await setClient(client.clientId, { previousSecretExpiresAt: new Date(Date.now() - 1000) });
      await expectRefused(withOld(), 'invalid_client', 'the client credentials are invalid');
      expectAuthenticated(await authenticate({}, { authorization: basicHeader(client.clientId, rotated.clientSecret) }), client.clientId, 'client_secret_basic');
    });

    it('refuses an expired secret with its own message, and only to the holder of the secret', async () => {
      const client = await register({ token_endpoint_auth_method: 'client_secret_post' });
      await setClient(client.clientId, { secretExpiresAt: new Date(Date.now() - 1000) });
      await expectRefused(authenticate({ client_id: client.clientId, client_secret: client.secret }), 'invalid_client', 'the client secret has expired');
      await expectRefused(authenticate({ client_id: client.clientId, client_secret: 'guess' }), 'invalid_client', 'the client credentials are invalid');
    });

    it('refuses client_secret_post without client_id as a malformed request', async () => {
      await expectRefused(authenticate({ client_secret: post.secret }), 'invalid_request', 'client_secret is sent without client_id');
    });
  });

  describe('the registered method, status and existence', () => {
    it('refuses two methods in one request', async () => {
      await expectRefused(
        authenticate({ client_secret: basic.secret }, { authorization: basicHeader(basic.clientId, basic.secret) }),
        'invalid_request',
        'the request uses more than one client authentication method',
      );
      const assertion = await sign(hmacKey(secretJwt.secret), { alg: 'HS256' }, claimsFor(secretJwt.clientId, Date.now()));
      await expectRefused(
        withAssertion(assertion, { client_id: secretJwt.clientId, client_secret: secretJwt.secret }),
        'invalid_request',
        'the request uses more than one client authentication method',
      );
    });

    it('refuses a method other than the registered one', async () => {
      await expectRefused(authenticate({}, { authorization: basicHeader(es256Client, 'anything') }), 'invalid_client', 'this client authenticates with private_key_jwt');
      await expectRefused(authenticate({ client_id: basic.clientId, client_secret: basic.secret }), 'invalid_client', 'this client authenticates with client_secret_basic');
      await expectRefused(authenticate({}, { authorization: basicHeader(post.clientId, post.secret) }), 'invalid_client', 'this client authenticates with client_secret_post');
      await expectRefused(authenticate({ client_id: basic.clientId }), 'invalid_client', 'this client authenticates with client_secret_basic');
      const hmacAssertion = await sign(hmacKey(basic.secret), { alg: 'HS256' }, claimsFor(basic.clientId, Date.now()));
      await expectRefused(withAssertion(hmacAssertion), 'invalid_client', 'this client authenticates with client_secret_basic');
      const keyAssertion = await sign(es256.privateKey, { alg: 'ES256', kid: 'es-1' }, claimsFor(secretJwt.clientId, Date.now()));
      await expectRefused(withAssertion(keyAssertion), 'invalid_client', 'the client assertion must be signed with HS256');
    });

    it.each(['disabled', 'pending'] as const)('refuses a %s client like an unknown one', async (status) => {
      const client = await register({});
      await setClient(client.clientId, { status });
      await expectRefused(authenticate({}, { authorization: basicHeader(client.clientId, client.secret) }), 'invalid_client', 'the client is unknown or not active');
    });

    it('refuses an unknown client, whatever the method', async () => {
      await expectRefused(authenticate({}, { authorization: basicHeader('no-such-client', 'secret') }), 'invalid_client', 'the client is unknown or not active');
      await expectRefused(authenticate({ client_id: 'no-such-client' }), 'invalid_client', 'the client is unknown or not active');
      const assertion = await sign(es256.privateKey, { alg: 'ES256' }, claimsFor('no-such-client', Date.now()));
      await expectRefused(withAssertion(assertion), 'invalid_client', 'the client is unknown or not active');
    });

    it('asks for authentication when the request names no client at all', async () => {
      await expectRefused(authenticate({}), 'invalid_client', 'client authentication is required');
    });

    it('lets a public client identify itself with client_id alone, and only that way', async () => {
      expectAuthenticated(await authenticate({ client_id: publicClient.clientId }), publicClient.clientId, 'none');
      await expectRefused(authenticate({ client_id: publicClient.clientId, client_secret: 'something' }), 'invalid_client', 'this client authenticates with none');
      await expectRefused(authenticate({}, { authorization: basicHeader(publicClient.clientId, '') }), 'invalid_client', 'this client authenticates with none');
    });
  });

  describe('client_secret_jwt', () => {
    it('authenticates with an assertion signed with the client secret, aud the endpoint or the issuer', async () => {
      const now = Date.now();
      const toEndpoint = await sign(hmacKey(secretJwt.secret), { alg: 'HS256' }, claimsFor(secretJwt.clientId, now));
      expectAuthenticated(await withAssertion(toEndpoint), secretJwt.clientId, 'client_secret_jwt');
      const toIssuer = await sign(hmacKey(secretJwt.secret), { alg: 'HS256' }, claimsFor(secretJwt.clientId, now, { aud: ['https://elsewhere.example', ISSUER] }));
      expectAuthenticated(await withAssertion(toIssuer, { client_id: secretJwt.clientId }), secretJwt.clientId, 'client_secret_jwt');
    });

    it('refuses an assertion signed with another secret', async () => {
      const assertion = await sign(hmacKey(basic.secret), { alg: 'HS256' }, claimsFor(secretJwt.clientId, Date.now()));
      await expectRefused(withAssertion(assertion), 'invalid_client', 'the client assertion signature is invalid');
    });

    it('refuses an algorithm other than the registered one, and unsigned assertions', async () => {
      const hs512 = await sign(hmacKey(secretJwt.secret), { alg: 'HS512' }, claimsFor(secretJwt.clientId, Date.now()));
      await expectRefused(withAssertion(hs512), 'invalid_client', 'the client assertion must be signed with HS256');
      const unsigned = new UnsecuredJWT(claimsFor(secretJwt.clientId, Date.now())).encode();
      await expectRefused(withAssertion(unsigned), 'invalid_client', 'unsigned client assertions are not accepted');
    });

    it('accepts an assertion keyed with the previous secret during the grace period and not after', async () => {
      const client = await register({ token_endpoint_auth_method: 'client_secret_jwt' });
      const rotated = await rotateClientSecret(testRuntime(fixture().db), client.clientId, system);
      const signedWith = (secret: string) => sign(hmacKey(secret), { alg: 'HS256' }, claimsFor(client.clientId, Date.now()));
      expectAuthenticated(await withAssertion(await signedWith(client.secret)), client.clientId, 'client_secret_jwt');
      expectAuthenticated(await withAssertion(await signedWith(rotated.clientSecret)), client.clientId, 'client_secret_jwt');
      await setClient(client.clientId, { previousSecretExpiresAt: new Date(Date.now() - 1000) });
      await expectRefused(withAssertion(await signedWith(client.secret)), 'invalid_client', 'the client assertion signature is invalid');
    });

    it('refuses an assertion keyed with an expired secret', async () => {
      const client = await register({ token_endpoint_auth_method: 'client_secret_jwt' });
      await setClient(client.clientId, { secretExpiresAt: new Date(Date.now() - 1000) });
      const assertion = await sign(hmacKey(client.secret), { alg: 'HS256' }, claimsFor(client.clientId, Date.now()));
      await expectRefused(withAssertion(assertion), 'invalid_client', 'the client secret has expired');
      const forged = await sign(hmacKey('not the secret'), { alg: 'HS256' }, claimsFor(client.clientId, Date.now()));
      await expectRefused(withAssertion(forged), 'invalid_client', 'the client assertion signature is invalid');
    });
  });

  describe('private_key_jwt with registered jwks', () => {
    it.each([
      ['ES256', () => es256, () => es256Client],
      ['RS256', () => rs256, () => rs256Client],
      ['EdDSA', () => ed25519, () => eddsaClient],
    ])('authenticates an assertion signed with the registered %s key', async (_alg, key, client) => {
      const assertion = await sign(key().privateKey, { alg: key().alg, kid: key().kid }, claimsFor(client(), Date.now()));
      expectAuthenticated(await withAssertion(assertion, { client_id: client() }), client(), 'private_key_jwt');
    });

    it('finds the key without a kid in the header', async () => {
      const assertion = await sign(rs256.privateKey, { alg: 'RS256' }, claimsFor(rs256Client, Date.now()));
      expectAuthenticated(await withAssertion(assertion), rs256Client, 'private_key_jwt');
    });

    it('refuses an assertion signed with a key the client did not register', async () => {
      const impostor = await keyPair('ES256', 'es-1');
      const sameKid = await sign(impostor.privateKey, { alg: 'ES256', kid: 'es-1' }, claimsFor(es256Client, Date.now()));
      await expectRefused(withAssertion(sameKid), 'invalid_client', 'the client assertion signature is invalid');
      const otherKid = await sign(impostor.privateKey, { alg: 'ES256', kid: 'es-2' }, claimsFor(es256Client, Date.now()));
      await expectRefused(withAssertion(otherKid), 'invalid_client', 'no registered key of the client matches the client assertion');
    });

    it('refuses an algorithm other than the registered one, an HMAC one and none', async () => {
      const rs = await sign(rs256.privateKey, { alg: 'RS256', kid: 'rs-1' }, claimsFor(es256Client, Date.now()));
      await expectRefused(withAssertion(rs), 'invalid_client', 'the client assertion must be signed with ES256');
      // With no registered alg, a public key must never be used as an HMAC secret.
      const confused = await sign(hmacKey(JSON.stringify(rs256.publicJwk)), { alg: 'HS256', kid: 'rs-1' }, claimsFor(rs256Client, Date.now()));
      await expectRefused(withAssertion(confused), 'invalid_client', /^private_key_jwt assertions must be signed with one of RS256, /);
      const unsigned = new UnsecuredJWT(claimsFor(rs256Client, Date.now())).encode();
      await expectRefused(withAssertion(unsigned), 'invalid_client', 'unsigned client assertions are not accepted');
    });

    it.each([
      ['an expired assertion', { exp: -60 }, 'the client assertion has expired'],
      ['an assertion without exp', { exp: undefined }, 'the client assertion has no exp'],
      ['exp too far ahead', { exp: 600, iat: 0 }, 'the client assertion must expire within 300 seconds'],
      ['a lifetime beyond the bound', { exp: 200, iat: -200 }, 'the client assertion must not live longer than 300 seconds'],
      ['an assertion not valid yet', { nbf: 120 }, 'the client assertion is not valid yet (nbf)'],
      ['an assertion issued in the future', { iat: 120, exp: 180 }, 'the client assertion is issued in the future (iat)'],
      ['no jti', { jti: undefined }, 'the client assertion has no jti'],
      ['an overlong jti', { jti: 'j'.repeat(257) }, 'the jti of the client assertion is longer than 256 characters'],
      ['another audience', { aud: 'https://other.example/token' }, 'the client assertion is not addressed to this server (aud)'],
      ['no audience', { aud: undefined }, 'the client assertion is not addressed to this server (aud)'],
    ] as const)('refuses %s', async (_case, relative, description) => {
      const now = Date.now();
      const seconds = Math.floor(now / 1000);
      const overrides = Object.fromEntries(
        Object.entries(relative).map(([claim, value]) => [claim, typeof value === 'number' && claim !== 'jti' ? seconds + value : value]),
      );
      const assertion = await sign(es256.privateKey, { alg: 'ES256', kid: 'es-1' }, claimsFor(es256Client, now, overrides));
      await expectRefused(withAssertion(assertion, {}, { now: () => now }), 'invalid_client', description);
    });

    it('tolerates a little clock skew on exp', async () => {
      const now = Date.now();
      const assertion = await sign(es256.privateKey, { alg: 'ES256' }, claimsFor(es256Client, now, { exp: Math.floor(now / 1000) - 10 }));
      expectAuthenticated(await withAssertion(assertion, {}, { now: () => now }), es256Client, 'private_key_jwt');
    });

    it('honours a shorter configured lifetime bound', async () => {
      const assertion = await sign(es256.privateKey, { alg: 'ES256' }, claimsFor(es256Client, Date.now()));
      await expectRefused(withAssertion(assertion, {}, { maxAssertionLifetimeSeconds: 30 }), 'invalid_client', 'the client assertion must expire within 30 seconds');
    });

    it('refuses an assertion whose iss and sub are not both the client', async () => {
      const mixed = await sign(es256.privateKey, { alg: 'ES256' }, claimsFor(es256Client, Date.now(), { sub: rs256Client }));
      await expectRefused(withAssertion(mixed), 'invalid_client', 'iss and sub of the client assertion must both be the client_id');
      const noIssuer = await sign(es256.privateKey, { alg: 'ES256' }, claimsFor(es256Client, Date.now(), { iss: undefined }));
      await expectRefused(withAssertion(noIssuer), 'invalid_client', 'iss and sub of the client assertion must both be the client_id');
    });

    it('refuses a client_id parameter naming another client than the assertion', async () => {
      const assertion = await sign(es256.privateKey, { alg: 'ES256' }, claimsFor(es256Client, Date.now()));
      await expectRefused(withAssertion(assertion, { client_id: rs256Client }), 'invalid_client', 'client_id does not match the issuer of the client assertion');
    });

    it('refuses another assertion type, a lone assertion and something that is not a JWT', async () => {
      const assertion = await sign(es256.privateKey, { alg: 'ES256' }, claimsFor(es256Client, Date.now()));
      await expectRefused(
        authenticate({ client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:saml2-bearer', client_assertion: assertion }),
        'invalid_client',
        `client_assertion_type must be ${JWT_BEARER}`,
      );
      await expectRefused(authenticate({ client_assertion: assertion }), 'invalid_request', 'client_assertion and client_assertion_type must be sent together');
      await expectRefused(withAssertion('not-a-jwt'), 'invalid_client', 'the client assertion is not a signed JWT');
    });
  });

  describe('single use of assertions', () => {
    it('refuses an assertion the second time', async () => {
      const assertion = await sign(es256.privateKey, { alg: 'ES256' }, claimsFor(es256Client, Date.now()));
      expectAuthenticated(await withAssertion(assertion), es256Client, 'private_key_jwt');
      await expectRefused(withAssertion(assertion), 'invalid_client', 'the assertion was already used');
    });

    it('lets exactly one of ten concurrent uses through', async () => {
      const assertion = await sign(hmacKey(secretJwt.secret), { alg: 'HS256' }, claimsFor(secretJwt.clientId, Date.now()));
      const outcomes = await Promise.allSettled(Array.from({ length: 10 }, () => withAssertion(assertion)));
      expect(outcomes.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(1);
      const failures = outcomes.flatMap((outcome) => (outcome.status === 'rejected' ? [outcome.reason as OAuthError] : []));
      expect(failures).toHaveLength(9);
      for (const failure of failures) {
        expect(failure).toBeInstanceOf(OAuthError);
        expect(failure).toMatchObject({ error: 'invalid_client', status: 401, description: 'the assertion was already used' });
        expect(failure.headers['www-authenticate']).toBe(CHALLENGE);
      }
    });

    it('scopes a jti to its client', async () => {
      const jti = randomUUID();
      const forSecretJwt = await sign(hmacKey(secretJwt.secret), { alg: 'HS256' }, claimsFor(secretJwt.clientId, Date.now(), { jti }));
      const forEs256 = await sign(es256.privateKey, { alg: 'ES256' }, claimsFor(es256Client, Date.now(), { jti }));
      expectAuthenticated(await withAssertion(forSecretJwt), secretJwt.clientId, 'client_secret_jwt');
      expectAuthenticated(await withAssertion(forEs256), es256Client, 'private_key_jwt');
    });

    it('keeps a used jti until the assertion could no longer be accepted, then purges it', async () => {
      const { db } = fixture();
      const now = Date.now();
      const claims = claimsFor(rs256Client, now);
      expectAuthenticated(await withAssertion(await sign(rs256.privateKey, { alg: 'RS256' }, claims)), rs256Client, 'private_key_jwt');
      const stored = await db.clientAssertionJti.findUniqueOrThrow({ where: { clientId_jti: { clientId: rs256Client, jti: String(claims.jti) } } });
      expect(stored.expiresAt.getTime()).toBe((Number(claims.exp) + 30) * 1000);

      const long = new Date('2000-01-01T00:00:00Z');
      await db.clientAssertionJti.createMany({
        data: [
          { clientId: 'purge-test', jti: 'old-1', expiresAt: long },
          { clientId: 'purge-test', jti: 'old-2', expiresAt: new Date(long.getTime() + 1000) },
          { clientId: 'purge-test', jti: 'later', expiresAt: new Date('2000-06-01T00:00:00Z') },
        ],
      });
      expect(await purgeExpiredAssertionJtis(db, new Date('2000-02-01T00:00:00Z'))).toBe(2);
      expect((await db.clientAssertionJti.findMany({ where: { clientId: 'purge-test' } })).map((row) => row.jti)).toEqual(['later']);
      expect(await purgeExpiredAssertionJtis(db, new Date('2000-02-01T00:00:00Z'))).toBe(0);
      expect(await db.clientAssertionJti.count({ where: { clientId: rs256Client, jti: String(claims.jti) } })).toBe(1);
    });
  });

  describe('private_key_jwt with jwks_uri', () => {
    async function remoteClient(uri: string, keys: JWK[]) {
      jwksHost.serve(uri, keys);
      const client = await register({ token_endpoint_auth_method: 'private_key_jwt', token_endpoint_auth_signing_alg: 'ES256', jwks_uri: uri });
      jwksHost.calls = 0;
      return client.clientId;
    }

    it('caches the key set for five minutes and re-fetches once a rotated kid shows up, at most every 30 s', async () => {
      const uri = `${JWKS_URI}/${randomUUID()}`;
      const first = await keyPair('ES256', 'k1');
      const second = await keyPair('ES256', 'k2');
      const clientId = await remoteClient(uri, [first.publicJwk]);
      const start = Date.now();
      const at = (offsetMs: number) => ({ now: () => start + offsetMs });
      const signed = (key: KeyPair, offsetMs: number) => sign(key.privateKey, { alg: 'ES256', kid: key.kid }, claimsFor(clientId, start + offsetMs));

      expectAuthenticated(await withAssertion(await signed(first, 0), {}, at(0)), clientId, 'private_key_jwt');
      expectAuthenticated(await withAssertion(await signed(first, 1_000), {}, at(1_000)), clientId, 'private_key_jwt');
      expect(jwksHost.calls).toBe(1);

      jwksHost.serve(uri, [first.publicJwk, second.publicJwk]);
      await expectRefused(withAssertion(await signed(second, 10_000), {}, at(10_000)), 'invalid_client', 'no registered key of the client matches the client assertion');
      expect(jwksHost.calls).toBe(1);

      expectAuthenticated(await withAssertion(await signed(second, 31_000), {}, at(31_000)), clientId, 'private_key_jwt');
      expect(jwksHost.calls).toBe(2);
      expectAuthenticated(await withAssertion(await signed(first, 40_000), {}, at(40_000)), clientId, 'private_key_jwt');
      expect(jwksHost.calls).toBe(2);

      jwksHost.serve(uri, [second.publicJwk]);
      expectAuthenticated(await withAssertion(await signed(first, 300_000), {}, at(300_000)), clientId, 'private_key_jwt');
      expect(jwksHost.calls).toBe(2);
      await expectRefused(withAssertion(await signed(first, 332_000), {}, at(332_000)), 'invalid_client', 'no registered key of the client matches the client assertion');
      expect(jwksHost.calls).toBe(3);
    });

    it('re-fetches when an assertion without kid fails against the cached keys', async () => {
      const uri = `${JWKS_URI}/${randomUUID()}`;
      const first = await keyPair('ES256', 'k1');
      const second = await keyPair('ES256', 'k2');
      const clientId = await remoteClient(uri, [first.publicJwk]);
      const start = Date.now();
      const withoutKid = (key: KeyPair, offsetMs: number) => sign(key.privateKey, { alg: 'ES256' }, claimsFor(clientId, start + offsetMs));

      expectAuthenticated(await withAssertion(await withoutKid(first, 0), {}, { now: () => start }), clientId, 'private_key_jwt');
      jwksHost.serve(uri, [second.publicJwk]);
      expectAuthenticated(await withAssertion(await withoutKid(second, 60_000), {}, { now: () => start + 60_000 }), clientId, 'private_key_jwt');
      expect(jwksHost.calls).toBe(2);
    });

    it('does not re-fetch when the kid is known but the signature is wrong', async () => {
      const uri = `${JWKS_URI}/${randomUUID()}`;
      const registered = await keyPair('ES256', 'k1');
      const impostor = await keyPair('ES256', 'k1');
      const clientId = await remoteClient(uri, [registered.publicJwk]);
      const start = Date.now();
      await expectRefused(
        withAssertion(await sign(impostor.privateKey, { alg: 'ES256', kid: 'k1' }, claimsFor(clientId, start)), {}, { now: () => start }),
        'invalid_client',
        'the client assertion signature is invalid',
      );
      await expectRefused(
        withAssertion(await sign(impostor.privateKey, { alg: 'ES256', kid: 'k1' }, claimsFor(clientId, start + 60_000)), {}, { now: () => start + 60_000 }),
        'invalid_client',
        'the client assertion signature is invalid',
      );
      expect(jwksHost.calls).toBe(1);
    });

    it('refuses when the key set cannot be fetched, without asking again within 30 s', async () => {
      const uri = `${JWKS_URI}/${randomUUID()}`;
      const key = await keyPair('ES256', 'k1');
      const clientId = await remoteClient(uri, [key.publicJwk]);
      jwksHost.serve(uri, []);
      const start = Date.now();
      const attempt = async (offsetMs: number) =>
        withAssertion(await sign(key.privateKey, { alg: 'ES256', kid: 'k1' }, claimsFor(clientId, start + offsetMs)), {}, { now: () => start + offsetMs });
      await expectRefused(attempt(0), 'invalid_client', 'the keys at the jwks_uri of the client could not be fetched');
      await expectRefused(attempt(5_000), 'invalid_client', 'the keys at the jwks_uri of the client could not be fetched');
      expect(jwksHost.calls).toBe(1);
      jwksHost.serve(uri, [key.publicJwk]);
      expectAuthenticated(await attempt(31_000), clientId, 'private_key_jwt');
      expect(jwksHost.calls).toBe(2);
    });
  });
});
