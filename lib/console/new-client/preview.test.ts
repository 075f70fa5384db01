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

describe('update preview', () => {
  it('shows the RFC 7592 update of an existing client, client_id in the body', () => {
    const request = registrationRequest('https://id.example', { client_name: 'A' }, 'c/1');
    expect(request).toMatch(/^PUT https:\/\/id\.example\/oauth\/register\/c%2F1 HTTP\/1\.1\n/);
    expect(request).toContain('Authorization: Bearer <registration access token>');
    expect(JSON.parse(request.slice(request.indexOf('\n\n') + 2))).toEqual({ client_id: 'c/1', client_name: 'A' });
  });

  it('keeps the client_id and registration URI of the client being changed', () => {
    const response = expectedResponse('https://id.example', analyze(presets[0]!.metadata()).normalized, 'c/1');
    expect(response).toMatchObject({ client_id: 'c/1', registration_client_uri: 'https://id.example/oauth/register/c%2F1' });
  });
});
