import { describe, expect, it } from 'vitest';
import { calculateJwkThumbprint } from 'jose';
import { privateJwkMembers } from '../metadata/algorithms';
import { signingAlgs } from './algorithms';
import { generateSigningKey } from './generate';
import { publicSigningJwk } from './public-jwk';

describe('signing key generation', () => {
  it.each(signingAlgs)('gives %s a thumbprint kid and a public JWK without private members', async (alg) => {
    const key = await generateSigningKey(alg);
    expect(key.kid).toBe(await calculateJwkThumbprint(key.publicJwk, 'sha256'));
    expect(key.publicJwk).toMatchObject({ kid: key.kid, alg, use: 'sig' });
    for (const member of privateJwkMembers) expect(key.publicJwk).not.toHaveProperty(member);
    expect(key.privateJwk).toHaveProperty('d');
    expect(key.privateJwk.kid).toBe(key.kid);
  });

  it('makes RS256 keys of 2048 bits', async () => {
    const { publicJwk } = await generateSigningKey('RS256');
    expect(Buffer.from(publicJwk.n!, 'base64url').length * 8).toBe(2048);
  });
});

describe('publicSigningJwk', () => {
  it('keeps only the public members of the key type, whatever else the stored JWK holds', () => {
    const stored = { kty: 'EC', crv: 'P-256', x: 'xx', y: 'yy', d: 'secret', kid: 'other', alg: 'none', key_ops: ['sign'], extra: 'z' };
    expect(publicSigningJwk(stored, 'k1', 'ES256')).toEqual({ kty: 'EC', crv: 'P-256', x: 'xx', y: 'yy', kid: 'k1', alg: 'ES256', use: 'sig' });
    const rsa = { kty: 'RSA', n: 'nn', e: 'AQAB', d: 'd', p: 'p', q: 'q', dp: 'dp', dq: 'dq', qi: 'qi' };
    expect(publicSigningJwk(rsa, 'k2', 'RS256')).toEqual({ kty: 'RSA', n: 'nn', e: 'AQAB', kid: 'k2', alg: 'RS256', use: 'sig' });
  });

  it.each([null, 'text', { kty: 'oct', k: 'secret' }, { kty: 'EC', crv: 'P-256', x: 'xx' }])('refuses %j', (stored) => {
    expect(() => publicSigningJwk(stored, 'k', 'ES256')).toThrow(/signing key k/);
  });
});
