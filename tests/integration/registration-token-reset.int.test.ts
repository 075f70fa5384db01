import { describe, expect, it } from 'vitest';
import { resetRegistrationAccessToken } from '@/lib/registration/registration-token';
import { registerClient } from '@/lib/registration/service';
import { databaseTargets } from './support/databases';
import { useMigratedDatabase } from './support/fixture';
import { callConfiguration, testRuntime } from './support/registration-runtime';

const targets = await databaseTargets();
const admin = { type: 'user', id: '00000000-0000-4000-8000-000000000001', label: 'admin@example.test' } as const;

describe.each(targets)('registration access token reset on the $kind database', (target) => {
  if (target.skipReason) {
    it.skip(`skipped: ${target.skipReason}`, () => {});
    return;
  }
  const fixture = useMigratedDatabase(target);

  it('replaces the token at once, keeps the metadata version and audits the reset', async () => {
    const runtime = testRuntime(fixture().db);
    const issued = await registerClient(runtime, { kind: 'admin', userId: null, email: 'ops@example.test' }, {
      client_name: 'Reset me',
      redirect_uris: ['https://app.example.com/cb'],
    });
    const clientId = issued.client.clientId;
    const oldToken = issued.registrationAccessToken!;
    expect((await callConfiguration(runtime, clientId, { token: oldToken })).response.status).toBe(200);

    const newToken = await resetRegistrationAccessToken(runtime.db, clientId, admin);
    expect(newToken).toMatch(/^rat_/);
    expect((await callConfiguration(runtime, clientId, { token: oldToken })).response.status).toBe(401);
    const read = await callConfiguration(runtime, clientId, { token: newToken! });
    expect(read.response.status).toBe(200);
    expect(read.json.client_name).toBe('Reset me');

    const row = await runtime.db.client.findUniqueOrThrow({ where: { clientId } });
    expect(row.version).toBe(issued.client.version);
    const event = await runtime.db.auditEvent.findFirstOrThrow({ where: { action: 'client.registration_token_reset', targetId: clientId } });
    expect(event.actorLabel).toBe('admin@example.test');
    expect(JSON.stringify(event)).not.toContain(newToken!);
  });

  it('issues nothing for a client that does not exist', async () => {
    expect(await resetRegistrationAccessToken(fixture().db, 'no-such-client', admin)).toBeNull();
    expect(await fixture().db.auditEvent.count({ where: { action: 'client.registration_token_reset', targetId: 'no-such-client' } })).toBe(0);
  });
});
