import type http from 'node:http';
import tls from 'node:tls';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SafeFetchError, safeFetch, safeFetchJson, type SafeFetchOptions } from './safe-fetch';
import { listenLocal, type LocalServer } from './test-server';
import { TEST_TLS_CERT, TEST_TLS_KEY } from './tls-fixture';

const servers: LocalServer[] = [];
afterEach(async () => {
  vi.restoreAllMocks();
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

/** HTTPS server for metadata.example that records the SNI name each client asked for. */
async function serveTls(handler: http.RequestListener) {
  const serverNames: string[] = [];
  const context = tls.createSecureContext({ key: TEST_TLS_KEY, cert: TEST_TLS_CERT });
  const server = await listenLocal(handler, {
    key: TEST_TLS_KEY,
    cert: TEST_TLS_CERT,
    SNICallback: (name, done) => {
      serverNames.push(name);
      done(null, context);
    },
  });
  servers.push(server);
  return { ...server, serverNames };
}

/** Trusts the fixture certificate the way a public CA would be trusted; verification itself stays on. */
function trustFixtureCa() {
  const connect = tls.connect;
  vi.spyOn(tls, 'connect').mockImplementation(((options: tls.ConnectionOptions, ...rest: unknown[]) =>
    (connect as (...args: unknown[]) => tls.TLSSocket)({ ...options, ca: TEST_TLS_CERT }, ...rest)) as typeof tls.connect);
}

const toLoopback = (): SafeFetchOptions => ({
  allowPrivateNetworks: ['127.0.0.1'],
  resolver: vi.fn(async () => [{ address: '127.0.0.1', family: 4 as const }]),
  timeoutMs: 2000,
});

async function failure(promise: Promise<unknown>): Promise<SafeFetchError> {
  const error = await promise.then(
    () => {
      throw new Error('expected safeFetch to fail');
    },
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(SafeFetchError);
  return error as SafeFetchError;
}

const jwks: http.RequestListener = (_request, response) => response.end('{"keys":[]}');

describe('safeFetch over TLS with a pinned address', () => {
  it('sends the host name as SNI and verifies the certificate against it', async () => {
    trustFixtureCa();
    const server = await serveTls(jwks);
    const options = toLoopback();
    await expect(safeFetchJson(`https://metadata.example:${server.port}/jwks`, options)).resolves.toEqual({ keys: [] });
    expect(server.serverNames).toEqual(['metadata.example']);
    expect(server.requests[0]?.headers.host).toBe(`metadata.example:${server.port}`);
    expect(options.resolver).toHaveBeenCalledOnce();
  });

  it('rejects a certificate that does not name the requested host', async () => {
    trustFixtureCa();
    const server = await serveTls(jwks);
    const error = await failure(safeFetch(`https://other.example:${server.port}/jwks`, toLoopback()));
    expect(error).toMatchObject({ code: 'network', message: 'connection failed (ERR_TLS_CERT_ALTNAME_INVALID)' });
    expect(server.requests).toHaveLength(0);
  });

  it('rejects a certificate from an untrusted issuer', async () => {
    const server = await serveTls(jwks);
    const error = await failure(safeFetch(`https://metadata.example:${server.port}/jwks`, toLoopback()));
    expect(error).toMatchObject({ code: 'network', message: 'connection failed (DEPTH_ZERO_SELF_SIGNED_CERT)' });
    expect(server.serverNames).toEqual(['metadata.example']);
    expect(server.requests).toHaveLength(0);
  });

  it('refuses a redirect from https to http unless allowHttp is set', async () => {
    trustFixtureCa();
    const plain = await listenLocal(jwks);
    servers.push(plain);
    const server = await serveTls((_request, response) =>
      response.writeHead(302, { location: `http://metadata.example:${plain.port}/jwks` }).end(),
    );
    const url = `https://metadata.example:${server.port}/`;
    expect(await failure(safeFetch(url, toLoopback()))).toMatchObject({
      code: 'scheme_refused',
      message: 'redirect: only https URLs are allowed',
    });
    expect(plain.requests).toHaveLength(0);
    await expect(safeFetchJson(url, { ...toLoopback(), allowHttp: true })).resolves.toEqual({ keys: [] });
    expect(plain.requests).toHaveLength(1);
  });
});
