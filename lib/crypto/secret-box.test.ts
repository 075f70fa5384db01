import { describe, expect, it } from 'vitest';
import { createSecretBox } from './secret-box';

const master = 'a-master-secret-of-at-least-32-characters';

describe('createSecretBox', () => {
  it('round-trips and never produces the same ciphertext twice', () => {
    const box = createSecretBox(master, 'client-secret');
    const a = box.seal('s3cret');
    const b = box.seal('s3cret');
    expect(a).not.toBe(b);
    expect(a).not.toContain('s3cret');
    expect(box.open(a)).toBe('s3cret');
    expect(box.open(b)).toBe('s3cret');
  });

  it('refuses ciphertext from another purpose, another key, or tampered', () => {
    const sealed = createSecretBox(master, 'client-secret').seal('s3cret');
    expect(() => createSecretBox(master, 'signing-key').open(sealed)).toThrow();
    expect(() => createSecretBox(`${master}!`, 'client-secret').open(sealed)).toThrow();
    const tampered = sealed.slice(0, -2) + (sealed.endsWith('A') ? 'BB' : 'AA');
    expect(() => createSecretBox(master, 'client-secret').open(tampered)).toThrow();
    expect(() => createSecretBox(master, 'client-secret').open('v2.x.y')).toThrow('not a sealed value');
  });

  it('refuses a short master secret', () => {
    expect(() => createSecretBox('short', 'x')).toThrow();
  });
});
