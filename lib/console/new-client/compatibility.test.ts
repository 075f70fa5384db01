import { describe, expect, it } from 'vitest';
import { buildContext, defaultContext, presets, serverCapabilities } from '@/lib/metadata';
import { optionVerdicts } from './compatibility';

const m2m = presets.find((preset) => preset.id === 'machine-to-machine')!.metadata();
const spa = presets.find((preset) => preset.id === 'single-page-app')!.metadata();

describe('option verdicts', () => {
  it('marks what is chosen and explains what would break', () => {
    const verdicts = optionVerdicts(m2m, 'token_endpoint_auth_method', serverCapabilities.tokenEndpointAuthMethods, defaultContext);
    expect(verdicts.find((verdict) => verdict.value === 'client_secret_basic')?.selected).toBe(true);
    const none = verdicts.find((verdict) => verdict.value === 'none')!;
    expect(none.conflicts.join(' ')).toContain('client_credentials');
    expect(verdicts.find((verdict) => verdict.value === 'client_secret_post')?.conflicts).toEqual([]);
  });

  it('tries a grant with its partner response type', () => {
    const verdicts = optionVerdicts(m2m, 'grant_types', ['authorization_code'], defaultContext);
    expect(verdicts[0]?.alsoAdds).toEqual(['response type code']);
  });

  it('reports grants the policy refuses for this registrant', () => {
    const context = buildContext({ policy: { registrant: 'developer', limits: { developer: { grantTypes: ['authorization_code'] } } } });
    const verdict = optionVerdicts(spa, 'grant_types', ['client_credentials'], context)[0]!;
    expect(verdict.conflicts.length).toBeGreaterThan(0);
  });
});
