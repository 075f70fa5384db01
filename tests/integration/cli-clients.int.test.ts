import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { databaseTargets } from './support/databases';
import { useMigratedDatabase } from './support/fixture';
import { lastJsonLine, runTs } from './support/run-node';

const targets = await databaseTargets();
const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'cli-clients-'));

function metadataFile(name: string, metadata: Record<string, unknown>): string {
  const file = path.join(folder, `${name}.json`);
  fs.writeFileSync(file, JSON.stringify(metadata));
  return file;
}

describe.each(targets)('client commands of the CLI on the $kind database', (target) => {
  if (target.skipReason) {
    it.skip(`skipped: ${target.skipReason}`, () => {});
    return;
  }
  const fixture = useMigratedDatabase(target);
  const cli = async (...args: string[]) => {
    const result = await runTs('cli/index.ts', [...args, '--json'], { DATABASE_URL: fixture().database.url, APP_URL: 'https://id.example' });
    return { code: result.code, stderr: result.stderr, body: result.code === 0 ? lastJsonLine(result.stdout) : {} };
  };

  it('updates a client through the rulebook, manages its status and resets its registration token', async () => {
    const web = { client_name: 'CLI web', redirect_uris: ['https://app.example.com/cb'], grant_types: ['authorization_code'], response_types: ['code'] };
    const registered = await cli('client', 'register', '--file', metadataFile('web', web));
    expect(registered.code, registered.stderr).toBe(0);
    const clientId = String(registered.body.client_id);

    const updated = await cli('client', 'update', '--client-id', clientId, '--file', metadataFile('renamed', { ...web, client_name: 'CLI web renamed' }));
    expect(updated.code, updated.stderr).toBe(0);
    expect(updated.body).toMatchObject({ client_id: clientId, client_name: 'CLI web renamed' });
    expect(updated.body).not.toHaveProperty('registration_access_token');

    // The rulebook judges updates as it judges registrations.
    const refused = await cli('client', 'update', '--client-id', clientId, '--file', metadataFile('bad', { ...web, redirect_uris: ['https://app.example.com/cb#fragment'] }));
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('invalid_redirect_uri');

    // Already where it is asked to go: nothing changes and nothing is recorded.
    expect((await cli('client', 'approve', '--client-id', clientId)).body).toEqual({ client_id: clientId, status: 'active' });
    expect((await cli('client', 'disable', '--client-id', clientId)).body).toEqual({ client_id: clientId, status: 'disabled' });
    expect((await cli('client', 'approve', '--client-id', clientId)).stderr).toContain('is disabled; it cannot be approved');
    expect((await cli('client', 'enable', '--client-id', clientId)).body).toEqual({ client_id: clientId, status: 'active' });

    const reset = await cli('client', 'reset-registration-token', '--client-id', clientId);
    expect(String(reset.body.registration_access_token)).toMatch(/^rat_/);
    const { db } = fixture();
    const actions = (await db.auditEvent.findMany({ where: { targetId: clientId }, orderBy: { at: 'asc' } })).map((event) => event.action);
    expect(actions).toEqual(['client.registered', 'client.updated', 'client.disabled', 'client.enabled', 'client.registration_token_reset']);
    expect((await db.client.findUniqueOrThrow({ where: { clientId } })).clientName).toBe('CLI web renamed');
  });

  it('names a client that does not exist', async () => {
    const missing = await cli('client', 'disable', '--client-id', 'no-such-client');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no client no-such-client');
  });
});
