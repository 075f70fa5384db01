import { describe, expect, it } from 'vitest';
import { clientTokenLifetimeFormSchema } from './client-token-lifetime';

const parse = (accessTokenLifetimeSeconds: string) => clientTokenLifetimeFormSchema.safeParse({ accessTokenLifetimeSeconds });

describe('client token lifetime form', () => {
  it('reads empty as the server default and digits as seconds', () => {
    expect(parse(' ').data).toEqual({ accessTokenLifetimeSeconds: undefined });
    expect(parse('900').data).toEqual({ accessTokenLifetimeSeconds: 900 });
  });

  it('refuses values outside one minute to one day, and anything but digits', () => {
    for (const bad of ['59', '86401', '1.5', '-60', '1e3']) expect(parse(bad).success, bad).toBe(false);
    expect(parse('60').success).toBe(true);
    expect(parse('86400').success).toBe(true);
  });
});
