import { describe, expect, it } from 'vitest';
import { analyze, presets } from '@/lib/metadata';
import { expectedResponse, issuesSecret, registrationRequest } from './preview';

describe('registration preview', () => {
  it('expects a secret only for clients that authenticate with one', () => {
    const secrets = Object.fromEntries(presets.map((preset) => [preset.id, issuesSecret(analyze(preset.metadata()).normalized)]));
    expect(secrets).toEqual({ 'web-app': true, 'single-page-app': false, 'native-app': false, 'machine-to-machine': true, device: false });
  });

  it('shows placeholders for server-issued values and the registration endpoint', () => {
    const normalized = analyze(presets[0]!.metadata()).normalized;
    const response = expectedResponse('https://id.example', normalized);
    expect(response).toMatchObject({ client_id: expect.stringMatching(/^</), client_secret: expect.stringMatching(/^</) });
    expect(response.registration_client_uri).toBe('https://id.example/oauth/register/<client_id>');
    expect(registrationRequest('https://id.example', { client_name: 'A' })).toMatch(/^POST https:\/\/id\.example\/oauth\/register/);
  });
});
