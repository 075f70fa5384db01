import type http from 'node:http';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SafeFetchError, safeFetch, safeFetchJson, type SafeFetchOptions } from './safe-fetch';
import { listenLocal, type LocalServer } from './test-server';

const servers: LocalServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

async function serve(handler: http.RequestListener): Promise<LocalServer> {
  const server = await listenLocal(handler);
  servers.push(server);
  return server;
}

const loopbackOnly: SafeFetchOptions = { allowHttp: true, allowPrivateNetworks: ['127.0.0.1'] };

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

const json = (body: unknown, status = 200): http.RequestListener => (_request, response) => {
  response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
};

describe('safeFetch against a local server', () => {
  it('fetches JSON when private networks and http are explicitly allowed', async () => {
    const server = await serve(json({ keys: [{ kid: 'a' }] }));
    await expect(safeFetchJson(`${server.origin}/jwks`, { allowHttp: true, allowPrivateNetworks: true })).resolves.toEqual({
      keys: [{ kid: 'a' }],
    });
  });

  it('sends a fixed User-Agent and Accept, and no credentials or cookies', async () => {
    const server = await serve(json({}));
    await safeFetch(`${server.origin}/x?y=1#fragment`, { ...loopbackOnly, accept: 'application/jwk-set+json' });
    const [request] = server.requests;
    expect(request?.method).toBe('GET');
    expect(request?.url).toBe('/x?y=1');
    expect(request?.headers).toMatchObject({
      host: `127.0.0.1:${server.port}`,
      'user-agent': 'oidc-client-registry/1 (+metadata fetch)',
      accept: 'application/jwk-set+json',
    });
    expect(request?.headers).not.toHaveProperty('cookie');
    expect(request?.headers).not.toHaveProperty('authorization');
  });

  it('returns non-2xx responses from safeFetch but not from safeFetchJson, without leaking the body', async () => {
    const server = await serve((_request, response) => response.writeHead(404, { 'x-trace': 't1' }).end('internal secret'));
    const response = await safeFetch(`${server.origin}/missing`, loopbackOnly);
    expect(response.status).toBe(404);
    expect(response.headers.get('x-trace')).toBe('t1');
    expect(new TextDecoder().decode(response.body)).toBe('internal secret');
    expect(response.url).toBe(`${server.origin}/missing`);

    const error = await failure(safeFetchJson(`${server.origin}/missing`, loopbackOnly));
    expect(error).toMatchObject({ code: 'http_status', status: 404, message: 'server responded with HTTP 404' });
    expect(error.message).not.toContain('secret');
  });

  it('reports invalid_json without echoing the body', async () => {
    const server = await serve((_request, response) => response.end('<html>internal secret</html>'));
    const error = await failure(safeFetchJson(`${server.origin}/`, loopbackOnly));
    expect(error).toMatchObject({ code: 'invalid_json', message: 'response is not valid JSON' });
  });

  it('allows only the listed private addresses', async () => {
    const server = await serve(json({ ok: true }));
    await expect(safeFetchJson(`${server.origin}/`, { allowHttp: true, allowPrivateNetworks: ['127.0.0.0/8'] })).resolves.toEqual({ ok: true });
    await expect(safeFetchJson(`${server.origin}/`, { allowHttp: true, allowPrivateNetworks: ['::ffff:127.0.0.1'] })).resolves.toEqual({ ok: true });
    const error = await failure(safeFetchJson(`${server.origin}/`, { allowHttp: true, allowPrivateNetworks: ['127.0.0.2'] }));
    expect(error.code).toBe('address_refused');
    expect(server.requests).toHaveLength(2);
  });

  it('refuses loopback by default, before any connection is made', async () => {
    const server = await serve(json({}));
    expect((await failure(safeFetch(`${server.origin}/`, { allowHttp: true }))).code).toBe('address_refused');
    expect(server.requests).toHaveLength(0);
  });

  it('reports a refused connection as a network error', async () => {
    const server = await serve(json({}));
    const origin = server.origin;
    await server.close();
    servers.length = 0;
    expect(await failure(safeFetch(`${origin}/`, loopbackOnly))).toMatchObject({ code: 'network', message: 'connection failed (ECONNREFUSED)' });
  });
});

describe('safeFetch address pinning', () => {
  it('resolves once and connects to the validated address, keeping the Host header', async () => {
    const server = await serve(json({ pinned: true }));
    // A rebinding resolver: harmless on the first answer, internal on every later one.
    let calls = 0;
    const resolver = vi.fn(async () => [{ address: calls++ === 0 ? '127.0.0.1' : '10.255.255.1', family: 4 as const }]);
    const body = await safeFetchJson(`http://metadata.example:${server.port}/jwks`, { ...loopbackOnly, resolver, timeoutMs: 1000 });
    expect(body).toEqual({ pinned: true });
    expect(resolver).toHaveBeenCalledExactlyOnceWith('metadata.example');
    expect(server.requests[0]?.headers.host).toBe(`metadata.example:${server.port}`);
  });
});

describe('safeFetch limits', () => {
  it('accepts a body of exactly maxBytes', async () => {
    const server = await serve((_request, response) => response.end('x'.repeat(1024)));
    expect((await safeFetch(`${server.origin}/`, { ...loopbackOnly, maxBytes: 1024 })).body).toHaveLength(1024);
  });

  it('refuses a chunked body one byte over maxBytes', async () => {
    const server = await serve((_request, response) => {
      response.write('x'.repeat(1000));
      response.end('x'.repeat(25));
    });
    expect(await failure(safeFetch(`${server.origin}/`, { ...loopbackOnly, maxBytes: 1024 }))).toMatchObject({
      code: 'too_large',
      message: 'response is larger than 1024 bytes',
    });
  });

  it('stops reading an endless chunked body as soon as the cap is passed', async () => {
    const server = await serve((_request, response) => {
      const timer = setInterval(() => response.write('x'.repeat(256)), 5);
      response.on('close', () => clearInterval(timer));
    });
    const error = await failure(safeFetch(`${server.origin}/`, { ...loopbackOnly, maxBytes: 1024, timeoutMs: 3000 }));
    expect(error.code).toBe('too_large');
  });

  it('refuses early when Content-Length already exceeds the cap', async () => {
    const server = await serve((_request, response) => {
      response.writeHead(200, { 'content-length': String(10 * 1024 * 1024) });
      response.write('{');
    });
    const error = await failure(safeFetch(`${server.origin}/`, { ...loopbackOnly, maxBytes: 1024, timeoutMs: 3000 }));
    expect(error.code).toBe('too_large');
  });

  it('times out quickly when the server never answers', async () => {
    const server = await serve(() => {});
    const started = Date.now();
    const error = await failure(safeFetch(`${server.origin}/`, { ...loopbackOnly, timeoutMs: 200 }));
    expect(error).toMatchObject({ code: 'timeout', message: 'no complete response within 200 ms' });
    expect(Date.now() - started).toBeLessThan(1500);
  });

  it('counts the body against the timeout too', async () => {
    const server = await serve((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.write('{"keys":');
    });
    const started = Date.now();
    expect((await failure(safeFetch(`${server.origin}/`, { ...loopbackOnly, timeoutMs: 200 }))).code).toBe('timeout');
    expect(Date.now() - started).toBeLessThan(1500);
  });
});

describe('safeFetch redirects', () => {
  const redirect = (location: string, status = 302): http.RequestListener => (_request, response) =>
    response.writeHead(status, { location, 'set-cookie': 'session=abc' }).end();

  it('follows relative and absolute redirects and reports the final URL', async () => {
    const server = await serve((request, response) => {
      if (request.url === '/start') return redirect('/hop', 301)(request, response);
      if (request.url === '/hop') return redirect(`http://127.0.0.1:${server.port}/data`, 307)(request, response);
      return json({ done: true })(request, response);
    });
    const response = await safeFetch(`${server.origin}/start`, loopbackOnly);
    expect(JSON.parse(new TextDecoder().decode(response.body))).toEqual({ done: true });
    expect(response.url).toBe(`${server.origin}/data`);
    expect(server.requests.map((request) => request.url)).toEqual(['/start', '/hop', '/data']);
    expect(server.requests.every((request) => request.headers.cookie === undefined)).toBe(true);
  });

  it('stops after maxRedirects hops', async () => {
    const server = await serve(redirect('/again'));
    const error = await failure(safeFetch(`${server.origin}/`, loopbackOnly));
    expect(error).toMatchObject({ code: 'too_many_redirects', message: 'more than 3 redirects' });
    expect(server.requests).toHaveLength(4);
  });

  it('follows no redirect at all with maxRedirects 0', async () => {
    const server = await serve(redirect('/again'));
    expect((await failure(safeFetch(`${server.origin}/`, { ...loopbackOnly, maxRedirects: 0 }))).code).toBe('too_many_redirects');
    expect(server.requests).toHaveLength(1);
  });

  it('returns a 3xx without Location as an ordinary response', async () => {
    const server = await serve((_request, response) => response.writeHead(302).end());
    expect((await safeFetch(`${server.origin}/`, loopbackOnly)).status).toBe(302);
  });

  it.each([
    ['http://169.254.169.254/latest/meta-data/', '169.254.169.254'],
    ['http://10.0.0.1/', '10.0.0.1'],
    ['http://[::1]/', '::1'],
    ['http://0xa9fea9fe/', '169.254.169.254'],
  ])('re-checks the address of a redirect to %s although the first hop was allowed', async (location, address) => {
    const server = await serve(redirect(location));
    expect(await failure(safeFetch(`${server.origin}/`, { ...loopbackOnly, timeoutMs: 1000 }))).toMatchObject({
      code: 'address_refused',
      message: `redirect: address ${address} is in a private or reserved range`,
    });
    expect(server.requests).toHaveLength(1);
  });

  it('re-resolves and re-checks a redirect to another host name', async () => {
    const server = await serve(redirect('http://internal.example/admin'));
    const resolver = vi.fn(async () => [{ address: '10.1.2.3', family: 4 as const }]);
    const error = await failure(safeFetch(`${server.origin}/`, { ...loopbackOnly, resolver }));
    expect(error).toMatchObject({ code: 'address_refused', message: 'redirect: address 10.1.2.3 is in a private or reserved range' });
    expect(resolver).toHaveBeenCalledExactlyOnceWith('internal.example');
  });

  it.each(['file:///etc/passwd', 'ftp://127.0.0.1/', 'gopher://127.0.0.1:6379/_INFO'])('re-checks the scheme of a redirect to %s', async (location) => {
    const server = await serve(redirect(location));
    expect((await failure(safeFetch(`${server.origin}/`, loopbackOnly))).code).toBe('scheme_refused');
  });

  it('refuses a redirect Location that is not a URL', async () => {
    const server = await serve(redirect('http://exa mple.com/'));
    expect(await failure(safeFetch(`${server.origin}/`, loopbackOnly))).toMatchObject({ code: 'invalid_url', message: 'redirect: not a valid absolute URL' });
  });
});
