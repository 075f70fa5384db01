import { describe, expect, it } from 'vitest';
import { buildContext, defaultContext, presets, serverCapabilities } from '@/lib/metadata';
import { optionVerdicts, policyRefusal } from './compatibility';

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

describe('policy refusals', () => {
  const developer = buildContext({
    policy: { registrant: 'developer', limits: { developer: { grantTypes: ['authorization_code', 'refresh_token'], tokenEndpointAuthMethods: ['private_key_jwt'] } } },
  });

  it('names options the policy refuses, and who it refuses them to', () => {
    expect(policyRefusal(developer, 'grant_types', 'client_credentials')).toBe('Not allowed for developers by the registration policy an admin set.');
    expect(policyRefusal(developer, 'token_endpoint_auth_method', 'client_secret_basic')).toMatch(/^Not allowed for developers/);
    expect(policyRefusal(developer, 'grant_types', 'refresh_token')).toBeNull();
    expect(policyRefusal(developer, 'token_endpoint_auth_method', 'private_key_jwt')).toBeNull();
  });

  it('refuses the password grant unless the policy allows it, and never judges response types', () => {
    expect(policyRefusal(defaultContext, 'grant_types', 'password')).not.toBeNull();
    expect(policyRefusal(buildContext({ policy: { allowPasswordGrant: true } }), 'grant_types', 'password')).toBeNull();
    expect(policyRefusal(developer, 'response_types', 'token')).toBeNull();
  });
});
