import { describe, expect, it, vi } from 'vitest';
import { SafeFetchError, safeFetch, safeFetchJson, type Resolver } from './safe-fetch';

const publicResolver = (): Resolver => vi.fn(async () => [{ address: '93.184.215.14', family: 4 as const }]);

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

describe('safeFetch URL and scheme checks', () => {
  it.each(['not a url', '', '/relative/path', 'https://', 'https://exa mple.com/'])('refuses %j as invalid_url', async (url) => {
    expect((await failure(safeFetch(url, { resolver: publicResolver() }))).code).toBe('invalid_url');
  });

  it('refuses URLs that carry credentials', async () => {
    const error = await failure(safeFetch('https://user:secret@example.com/jwks', { resolver: publicResolver() }));
    expect(error.code).toBe('invalid_url');
    expect(error.message).not.toContain('secret');
  });

  it('refuses http:// unless allowHttp is set', async () => {
    const resolver = publicResolver();
    const error = await failure(safeFetch('http://example.com/jwks', { resolver }));
    expect(error).toMatchObject({ code: 'scheme_refused', message: 'only https URLs are allowed' });
    expect(resolver).not.toHaveBeenCalled();
  });

  it.each([
    'file:///etc/passwd',
    'ftp://example.com/jwks.json',
    'data:application/json,{"keys":[]}',
    'javascript:alert(1)',
    'gopher://example.com/',
    'ws://example.com/',
    'blob:https://example.com/1',
  ])('refuses %j even with allowHttp', async (url) => {
    const resolver = publicResolver();
    expect((await failure(safeFetch(url, { allowHttp: true, resolver }))).code).toBe('scheme_refused');
    expect(resolver).not.toHaveBeenCalled();
  });
});

describe('safeFetch address checks', () => {
  it.each([
    ['https://127.0.0.1/', '127.0.0.1'],
    ['https://10.0.0.1/jwks', '10.0.0.1'],
    ['http://169.254.169.254/latest/meta-data/', '169.254.169.254'],
    ['https://[::1]/', '::1'],
    ['https://[fe80::1]/', 'fe80::1'],
    ['https://[::ffff:127.0.0.1]/', '::ffff:7f00:1'],
    ['http://2130706433/', '127.0.0.1'],
    ['http://0177.0.0.1/', '127.0.0.1'],
    ['http://0x7f.1/', '127.0.0.1'],
    ['http://127.1:8080/', '127.0.0.1'],
    ['http://0/', '0.0.0.0'],
    ['http://0xa9fea9fe/', '169.254.169.254'],
  ])('refuses the literal %s without resolving it', async (url, address) => {
    const resolver = publicResolver();
    const error = await failure(safeFetch(url, { allowHttp: true, resolver }));
    expect(error).toMatchObject({ code: 'address_refused', message: `address ${address} is in a private or reserved range` });
    expect(resolver).not.toHaveBeenCalled();
  });

  it.each([
    [['127.0.0.1'], '127.0.0.1'],
    [['10.0.0.1'], '10.0.0.1'],
    [['::1'], '::1'],
    [['93.184.215.14', '10.0.0.1'], '10.0.0.1'],
    [['10.0.0.1', '93.184.215.14'], '10.0.0.1'],
    [['2606:4700:4700::1111', 'fd00::1'], 'fd00::1'],
    [['::ffff:169.254.169.254'], '::ffff:169.254.169.254'],
  ])('refuses a host resolving to %j', async (addresses, refused) => {
    const resolver = vi.fn(async () => addresses.map((address) => ({ address, family: (address.includes(':') ? 6 : 4) as 4 | 6 })));
    const error = await failure(safeFetch('https://metadata.example/jwks', { resolver }));
    expect(error).toMatchObject({ code: 'address_refused', message: `address ${refused} is in a private or reserved range` });
    expect(resolver).toHaveBeenCalledExactlyOnceWith('metadata.example');
  });

  it('applies an allow list only to the listed addresses', async () => {
    const resolver = vi.fn(async () => [{ address: '127.0.0.2', family: 4 as const }]);
    const error = await failure(safeFetch('https://metadata.example/', { resolver, allowPrivateNetworks: ['127.0.0.1', '10.0.0.0/8'] }));
    expect(error).toMatchObject({ code: 'address_refused', message: 'address 127.0.0.2 is in a private or reserved range' });
  });

  it('rejects a malformed allow list entry as a programming error', async () => {
    await expect(safeFetch('https://example.com/', { allowPrivateNetworks: ['127.0.0.1/99'] })).rejects.toThrow(TypeError);
  });

  it.each([
    ['resolver throws', async () => Promise.reject(new Error('getaddrinfo ENOTFOUND internal-detail'))],
    ['resolver returns nothing', async () => []],
    ['resolver returns a non-address', async () => [{ address: 'internal-detail', family: 4 as const }]],
  ])('reports dns_failed when the %s', async (_label, resolver) => {
    const error = await failure(safeFetch('https://metadata.example/', { resolver }));
    expect(error).toMatchObject({ code: 'dns_failed', message: 'could not resolve host metadata.example' });
  });

  it('times out while DNS hangs', async () => {
    const started = Date.now();
    const error = await failure(safeFetch('https://metadata.example/', { resolver: () => new Promise(() => {}), timeoutMs: 100 }));
    expect(error).toMatchObject({ code: 'timeout', message: 'no complete response within 100 ms' });
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('rejects nonsensical limits as a programming error', async () => {
    await expect(safeFetch('https://example.com/', { timeoutMs: -1 })).rejects.toThrow(TypeError);
    await expect(safeFetch('https://example.com/', { maxBytes: 1.5 })).rejects.toThrow(TypeError);
  });

  it('safeFetchJson surfaces the same refusals', async () => {
    expect((await failure(safeFetchJson('http://169.254.169.254/', { allowHttp: true }))).code).toBe('address_refused');
  });
});
