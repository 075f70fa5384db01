import { describe, expect, it } from 'vitest';
import { changedFields } from './changed-fields';

describe('changedFields', () => {
  it('names added, removed and changed fields', () => {
    expect(changedFields({ a: 1, b: ['x'], c: 'same' }, { b: ['x', 'y'], c: 'same', d: true })).toEqual(['a', 'b', 'd']);
  });

  it('ignores key order inside objects but not order inside arrays', () => {
    expect(changedFields({ jwks: { keys: [{ kty: 'EC', crv: 'P-256' }] } }, { jwks: { keys: [{ crv: 'P-256', kty: 'EC' }] } })).toEqual([]);
    expect(changedFields({ redirect_uris: ['a', 'b'] }, { redirect_uris: ['b', 'a'] })).toEqual(['redirect_uris']);
  });

  it('treats an undefined value as an absent field', () => {
    expect(changedFields({ a: undefined }, {})).toEqual([]);
  });
});
