import { exportJWK, generateKeyPair } from 'jose';
import { describe, expect, it } from 'vitest';
import { summarizeJwks } from './client-keys';

describe('summarizeJwks', () => {
  it('lists EC and RSA public keys with curve, size and RFC 7638 thumbprint', async () => {
    const ec = await exportJWK((await generateKeyPair('ES256', { extractable: true })).publicKey);
    const rsa = await exportJWK((await generateKeyPair('RS256', { modulusLength: 2048, extractable: true })).publicKey);
    const [first, second] = await summarizeJwks({ keys: [{ ...ec, kid: 'ec-1', use: 'sig' }, { ...rsa, alg: 'RS256' }] });
    expect(first).toMatchObject({ kid: 'ec-1', kty: 'EC', strength: 'P-256', use: 'sig', alg: null, hasPrivateParts: false });
    expect(first!.thumbprint).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(second).toMatchObject({ kid: null, kty: 'RSA', alg: 'RS256', strength: '2048-bit' });
  });

  it('flags private members and survives broken entries', async () => {
    const pair = await generateKeyPair('ES256', { extractable: true });
    const [privateKey, broken] = await summarizeJwks({ keys: [await exportJWK(pair.privateKey), { kty: 'EC' }, 'not a key'] });
    expect(privateKey!.hasPrivateParts).toBe(true);
    expect(broken).toMatchObject({ kty: 'EC', thumbprint: null });
  });

  it('returns nothing for something that is not a JWK Set', async () => {
    expect(await summarizeJwks(null)).toEqual([]);
    expect(await summarizeJwks({ keys: 'x' })).toEqual([]);
  });
});
