import { base64url, exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWK, type JWTPayload } from 'jose';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import {
  mergeSoftwareStatement,
  SoftwareStatementError,
  verifySoftwareStatement,
  type SoftwareStatementDeps,
  type SoftwareStatementErrorCode,
  type TrustedIssuer,
} from './software-statement';

const PUBLISHER = 'https://publisher.example';
const T0 = Date.UTC(2030, 0, 1);
const seconds = (ms: number) => Math.floor(ms / 1000);

interface TestKey {
  privateKey: CryptoKey;
  jwk: JWK;
  alg: string;
  kid: string;
}

async function makeKey(alg: 'ES256' | 'RS256', kid: string): Promise<TestKey> {
  const { privateKey, publicKey } = await generateKeyPair(alg);
  return { privateKey, jwk: { ...(await exportJWK(publicKey)), kid, alg, use: 'sig' }, alg, kid };
}

let es256: TestKey;
let rs256: TestKey;
let stranger: TestKey;
let rotated: TestKey;

beforeAll(async () => {
  [es256, rs256, stranger, rotated] = await Promise.all([
    makeKey('ES256', 'es-1'),
    makeKey('RS256', 'rs-1'),
    makeKey('ES256', 'es-1'),
    makeKey('ES256', 'es-2'),
  ]);
});

const metadata = {
  software_id: 'acme-mobile',
  software_version: '4.2.0',
  client_name: 'Acme Mobile',
  redirect_uris: ['https://app.acme.example/callback'],
  token_endpoint_auth_method: 'private_key_jwt',
};

interface SignOptions {
  key?: TestKey;
  iss?: string | null;
  iat?: number;
  exp?: number | null;
  nbf?: number;
  header?: Record<string, unknown>;
  claims?: JWTPayload;
}

function sign({ key = es256, iss = PUBLISHER, iat = seconds(T0), exp = seconds(T0) + 3600, nbf, header, claims }: SignOptions = {}) {
  const jwt = new SignJWT({ ...metadata, ...claims })
    .setProtectedHeader({ alg: key.alg, kid: key.kid, typ: 'JWT', ...header })
    .setIssuedAt(iat)
    .setJti('statement-1')
    .setSubject('acme-mobile');
  if (iss !== null) jwt.setIssuer(iss);
  if (exp !== null) jwt.setExpirationTime(exp);
  if (nbf !== undefined) jwt.setNotBefore(nbf);
  return jwt.sign(key.privateKey);
}

function trusted(overrides: Partial<TrustedIssuer> = {}): TrustedIssuer {
  return { id: 'ti_1', name: 'Acme Publisher', issuer: PUBLISHER, jwks: { keys: [es256.jwk, rs256.jwk] }, jwksUri: null, ...overrides };
}

function deps(overrides: Partial<SoftwareStatementDeps> = {}): SoftwareStatementDeps {
  return {
    issuers: [trusted()],
    fetchJson: () => Promise.reject(new Error('no fetch expected')),
    now: () => T0,
    ...overrides,
  };
}

async function failure(promise: Promise<unknown>): Promise<SoftwareStatementError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(SoftwareStatementError);
  return error as SoftwareStatementError;
}

async function expectRejected(promise: Promise<unknown>, code: SoftwareStatementErrorCode, description?: RegExp) {
  const error = await failure(promise);
  expect(error.error).toBe(code);
  if (description) expect(error.description).toMatch(description);
  return error;
}

/** A unique jwks_uri per test: the key set cache is module-wide. */
let uriCounter = 0;
function jwksUri(): string {
  uriCounter += 1;
  return `${PUBLISHER}/jwks-${uriCounter}.json`;
}

function remote(initialKeys: JWK[]) {
  const uri = jwksUri();
  const state = { keys: initialKeys, now: T0 };
  const fetchJson = vi.fn(async (url: string) => {
    expect(url).toBe(uri);
    return { keys: state.keys };
  });
  const remoteDeps = deps({ issuers: [trusted({ jwks: null, jwksUri: uri })], fetchJson, now: () => state.now });
  return { state, fetchJson, deps: remoteDeps };
}

function encodeSegment(value: unknown): string {
  return base64url.encode(JSON.stringify(value));
}

describe('verifySoftwareStatement with inline keys', () => {
  it('accepts an ES256 statement and returns its metadata without the JWT registered claims', async () => {
    const result = await verifySoftwareStatement(await sign({ claims: { aud: 'https://registry.example' } }), deps());
    expect(result.issuer.id).toBe('ti_1');
    expect(result.claims).toEqual(metadata);
    for (const claim of ['iss', 'sub', 'iat', 'exp', 'nbf', 'jti', 'aud']) expect(result.claims).not.toHaveProperty(claim);
  });

  it('accepts an RS256 statement', async () => {
    const result = await verifySoftwareStatement(await sign({ key: rs256 }), deps());
    expect(result.claims.software_id).toBe('acme-mobile');
  });

  it('picks the trusted issuer named by iss', async () => {
    const other = trusted({ id: 'ti_2', issuer: 'https://other.example', jwks: { keys: [rs256.jwk] } });
    const result = await verifySoftwareStatement(await sign({ key: rs256, iss: 'https://other.example' }), deps({ issuers: [trusted({ jwks: { keys: [es256.jwk] } }), other] }));
    expect(result.issuer.id).toBe('ti_2');
  });

  it('refuses a statement from an issuer that is not trusted', async () => {
    const error = await expectRejected(
      verifySoftwareStatement(await sign({ iss: 'https://rogue.example' }), deps()),
      'unapproved_software_statement',
      /^software statements from https:\/\/rogue\.example are not trusted here$/,
    );
    expect(error.status).toBe(400);
  });

  it('refuses a statement with no iss', async () => {
    await expectRejected(verifySoftwareStatement(await sign({ iss: null }), deps()), 'invalid_software_statement', /no iss/);
  });

  it('refuses a tampered payload', async () => {
    const [header, , signature] = (await sign()).split('.');
    const payload = encodeSegment({ ...metadata, redirect_uris: ['https://evil.example/cb'], iss: PUBLISHER, iat: seconds(T0) });
    await expectRejected(verifySoftwareStatement(`${header}.${payload}.${signature}`, deps()), 'invalid_software_statement', /signature is invalid/);
  });

  it('refuses a statement signed by a key the issuer does not hold, even with that key embedded in the header', async () => {
    const statement = await sign({ key: stranger, header: { jwk: { kty: stranger.jwk.kty, crv: stranger.jwk.crv, x: stranger.jwk.x, y: stranger.jwk.y } } });
    const error = await expectRejected(verifySoftwareStatement(statement, deps()), 'invalid_software_statement', /signature is invalid/);
    expect(error.description).not.toContain(stranger.jwk.x);
    expect(error.description).not.toContain(es256.jwk.x);
  });

  it('refuses a statement whose kid the issuer does not publish', async () => {
    await expectRejected(verifySoftwareStatement(await sign({ key: rotated }), deps()), 'invalid_software_statement', /none of the issuer's keys/);
  });

  it('refuses alg none', async () => {
    const statement = `${encodeSegment({ alg: 'none', typ: 'JWT' })}.${encodeSegment({ ...metadata, iss: PUBLISHER })}.`;
    await expectRejected(verifySoftwareStatement(statement, deps()), 'invalid_software_statement', /unsigned/);
  });

  it('refuses HS256 even when signed with a secret', async () => {
    const statement = await new SignJWT({ ...metadata })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer(PUBLISHER)
      .setIssuedAt(seconds(T0))
      .sign(new TextEncoder().encode('a-shared-secret-of-at-least-32-bytes!!'));
    await expectRejected(verifySoftwareStatement(statement, deps()), 'invalid_software_statement', /asymmetric/);
  });

  it('refuses an alg outside the asymmetric allow-list', async () => {
    const statement = `${encodeSegment({ alg: 'RSA-OAEP' })}.${encodeSegment({ iss: PUBLISHER })}.c2ln`;
    await expectRejected(verifySoftwareStatement(statement, deps()), 'invalid_software_statement', /not accepted/);
  });

  it('refuses an expired statement, allowing for clock skew', async () => {
    const now = seconds(T0);
    await expectRejected(verifySoftwareStatement(await sign({ iat: now - 7200, exp: now - 120 }), deps()), 'invalid_software_statement', /expired/);
    await expect(verifySoftwareStatement(await sign({ iat: now - 7200, exp: now - 30 }), deps())).resolves.toBeDefined();
    await expectRejected(
      verifySoftwareStatement(await sign({ iat: now - 7200, exp: now - 30 }), deps({ clockToleranceSeconds: 0 })),
      'invalid_software_statement',
      /expired/,
    );
  });

  it('refuses a statement that is not yet valid', async () => {
    await expectRejected(verifySoftwareStatement(await sign({ nbf: seconds(T0) + 600 }), deps()), 'invalid_software_statement', /not yet valid/);
    await expect(verifySoftwareStatement(await sign({ nbf: seconds(T0) + 30 }), deps())).resolves.toBeDefined();
  });

  it('refuses a statement issued far in the future', async () => {
    await expectRejected(verifySoftwareStatement(await sign({ iat: seconds(T0) + 3600, exp: seconds(T0) + 7200 }), deps()), 'invalid_software_statement', /future/);
  });

  it('refuses a non-numeric exp', async () => {
    const statement = await new SignJWT({ ...metadata, iss: PUBLISHER, exp: 'tomorrow' } as unknown as JWTPayload)
      .setProtectedHeader({ alg: 'ES256', kid: 'es-1' })
      .sign(es256.privateKey);
    await expectRejected(verifySoftwareStatement(statement, deps()), 'invalid_software_statement', /invalid exp claim/);
  });

  it.each([
    ['a two-segment string', 'a.b'],
    ['an empty string', ''],
    ['a number', 123],
    ['null', null],
    ['an object', { iss: PUBLISHER }],
    ['a string with an undecodable header', 'a.b.c'],
    ['a JWE', 'eyJhbGciOiJSU0EtT0FFUCJ9.a.b.c.d'],
    ['a string with a non-JSON payload', `${encodeSegment({ alg: 'ES256' })}.${base64url.encode('not json')}.c2ln`],
    ['an oversized string', `${encodeSegment({ alg: 'ES256' })}.${'A'.repeat(70_000)}.c2ln`],
  ])('refuses %s', async (_label, statement) => {
    await expectRejected(verifySoftwareStatement(statement, deps()), 'invalid_software_statement');
  });

  it('refuses when the trusted issuer has no keys configured', async () => {
    await expectRejected(verifySoftwareStatement(await sign(), deps({ issuers: [trusted({ jwks: null })] })), 'invalid_software_statement', /no keys/);
  });

  it('refuses when the inline key set is malformed, without echoing it', async () => {
    const broken = trusted({ jwks: { keys: 'nope' } as never });
    const error = await expectRejected(verifySoftwareStatement(await sign(), deps({ issuers: [broken] })), 'invalid_software_statement', /malformed/);
    expect(error.description).not.toContain('nope');
  });
});

describe('verifySoftwareStatement with a jwks_uri', () => {
  it('fetches the key set once and serves it from cache for five minutes', async () => {
    const { state, fetchJson, deps: remoteDeps } = remote([es256.jwk]);
    await expect(verifySoftwareStatement(await sign(), remoteDeps)).resolves.toMatchObject({ claims: { software_id: 'acme-mobile' } });
    state.now = T0 + 60_000;
    await verifySoftwareStatement(await sign({ iat: seconds(state.now) }), remoteDeps);
    expect(fetchJson).toHaveBeenCalledTimes(1);

    state.now = T0 + 5 * 60_000 + 1;
    await verifySoftwareStatement(await sign({ iat: seconds(state.now) }), remoteDeps);
    expect(fetchJson).toHaveBeenCalledTimes(2);
  });

  it('shares one fetch between concurrent verifications', async () => {
    const { fetchJson, deps: remoteDeps } = remote([es256.jwk]);
    const statement = await sign();
    await Promise.all([verifySoftwareStatement(statement, remoteDeps), verifySoftwareStatement(statement, remoteDeps)]);
    expect(fetchJson).toHaveBeenCalledTimes(1);
  });

  it('re-fetches once when a statement names a kid it has not seen, after the publisher rotated keys', async () => {
    const { state, fetchJson, deps: remoteDeps } = remote([es256.jwk]);
    await verifySoftwareStatement(await sign(), remoteDeps);
    expect(fetchJson).toHaveBeenCalledTimes(1);

    state.keys = [rotated.jwk];
    state.now = T0 + 31_000;
    const result = await verifySoftwareStatement(await sign({ key: rotated, iat: seconds(state.now) }), remoteDeps);
    expect(result.claims.client_name).toBe('Acme Mobile');
    expect(fetchJson).toHaveBeenCalledTimes(2);

    // Cached again: the rotated key verifies with no further fetch.
    await verifySoftwareStatement(await sign({ key: rotated, iat: seconds(state.now) }), remoteDeps);
    expect(fetchJson).toHaveBeenCalledTimes(2);
  });

  it('does not re-fetch more than once per 30 seconds for unknown kids', async () => {
    const { state, fetchJson, deps: remoteDeps } = remote([es256.jwk]);
    await verifySoftwareStatement(await sign(), remoteDeps);

    state.keys = [rotated.jwk];
    state.now = T0 + 10_000;
    await expectRejected(verifySoftwareStatement(await sign({ key: rotated, iat: seconds(state.now) }), remoteDeps), 'invalid_software_statement', /none of the issuer's keys/);
    expect(fetchJson).toHaveBeenCalledTimes(1);

    state.now = T0 + 30_000;
    const unknown = { ...stranger, kid: 'es-unknown' };
    await expectRejected(verifySoftwareStatement(await sign({ key: unknown, iat: seconds(state.now) }), remoteDeps), 'invalid_software_statement', /none of the issuer's keys/);
    expect(fetchJson).toHaveBeenCalledTimes(2);

    state.now = T0 + 45_000;
    await expectRejected(verifySoftwareStatement(await sign({ key: unknown, iat: seconds(state.now) }), remoteDeps), 'invalid_software_statement', /none of the issuer's keys/);
    expect(fetchJson).toHaveBeenCalledTimes(2);
  });

  it("refuses with a safe message when the issuer's keys cannot be fetched", async () => {
    const uri = jwksUri();
    const fetchJson = vi.fn(() => Promise.reject(new Error('connect ECONNREFUSED 10.0.0.7:443')));
    const error = await expectRejected(
      verifySoftwareStatement(await sign(), deps({ issuers: [trusted({ jwks: null, jwksUri: uri })], fetchJson })),
      'invalid_software_statement',
      /^could not fetch the issuer's keys$/,
    );
    expect(error.description).not.toContain('10.0.0.7');
    expect(fetchJson).toHaveBeenCalledWith(uri);
  });

  it('does not cache a failed fetch', async () => {
    const { fetchJson, deps: remoteDeps } = remote([es256.jwk]);
    fetchJson.mockRejectedValueOnce(new Error('timeout'));
    await expectRejected(verifySoftwareStatement(await sign(), remoteDeps), 'invalid_software_statement', /could not fetch/);
    await expect(verifySoftwareStatement(await sign(), remoteDeps)).resolves.toBeDefined();
    expect(fetchJson).toHaveBeenCalledTimes(2);
  });

  it.each([
    ['a JSON array', [{ kty: 'EC' }]],
    ['an object without keys', { jwks: [] }],
    ['keys that are not objects', { keys: ['x'] }],
    ['null', null],
  ])('refuses when the jwks_uri serves %s', async (_label, document) => {
    const uri = jwksUri();
    const fetchJson = vi.fn(async () => document);
    await expectRejected(
      verifySoftwareStatement(await sign(), deps({ issuers: [trusted({ jwks: null, jwksUri: uri })], fetchJson })),
      'invalid_software_statement',
      /malformed/,
    );
  });

  it('refuses a jwks_uri that publishes a private key', async () => {
    const { privateKey } = await generateKeyPair('ES256', { extractable: true });
    const privateJwk = { ...(await exportJWK(privateKey)), kid: 'es-1', alg: 'ES256' };
    const { deps: remoteDeps } = remote([privateJwk]);
    const error = await expectRejected(verifySoftwareStatement(await sign(), remoteDeps), 'invalid_software_statement', /not usable/);
    expect(error.description).not.toContain(String(privateJwk.d));
  });
});

describe('mergeSoftwareStatement', () => {
  it('lets the statement override the request, keeps request-only fields and the statement itself', async () => {
    const statement = await sign();
    const { claims } = await verifySoftwareStatement(statement, deps());
    const request = {
      redirect_uris: ['https://attacker.example/cb', 'https://app.acme.example/other'],
      client_name: 'Renamed',
      logo_uri: 'https://app.acme.example/logo.png',
      software_statement: statement,
    };
    const merged = mergeSoftwareStatement(request, claims);
    expect(merged).toEqual({
      ...metadata,
      logo_uri: 'https://app.acme.example/logo.png',
      software_statement: statement,
    });
    expect(merged.redirect_uris).toEqual(['https://app.acme.example/callback']);
    for (const claim of ['iss', 'sub', 'iat', 'exp', 'jti']) expect(merged).not.toHaveProperty(claim);
    expect(request.client_name).toBe('Renamed');
  });

  it('copies no registered JWT claims, nested software_statement or __proto__ from the claims', () => {
    const claims = JSON.parse('{"iss":"x","aud":"y","nbf":1,"software_statement":"nested","__proto__":{"polluted":true},"scope":"openid"}') as Record<string, unknown>;
    const merged = mergeSoftwareStatement({ software_statement: 'outer', client_name: 'App' }, claims);
    expect(merged).toEqual({ software_statement: 'outer', client_name: 'App', scope: 'openid' });
    expect(Object.getPrototypeOf(merged)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
