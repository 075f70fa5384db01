import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { exportJWK, generateKeyPair } from 'jose';
import { expect, test, type BrowserContext, type Page, type Request } from '@playwright/test';
import { cli } from './cli';
import { basicAuthorization } from '../tests/support/basic-authorization';
import { admin, adminStatePath, signInAs, uniqueEmail } from './helpers';

const folder = mkdtempSync(path.join(os.tmpdir(), 'client-settings-'));

const webApp = { redirect_uris: ['https://app.example.com/callback'], grant_types: ['authorization_code'], response_types: ['code'] };

function registerWith(metadata: Record<string, unknown>, owner: string): Record<string, unknown> {
  const file = path.join(folder, `${String(metadata.client_name).replace(/\W+/g, '-')}.json`);
  writeFileSync(file, JSON.stringify(metadata));
  return cli(['client', 'register', '--file', file, '--owner', owner]);
}

const registerClient = (name: string, owner: string) => String(registerWith({ client_name: name, ...webApp }, owner).client_id);

const save = (page: Page) => page.getByRole('button', { name: 'Save changes' }).click();
const saved = (page: Page) => page.getByRole('status').filter({ hasText: 'Saved. The client is now at version' });
const isAction = (request: Request) => request.method() === 'POST' && Boolean(request.headers()['next-action']);

async function replay(context: BrowserContext, recorded: Request, args: unknown[]): Promise<string> {
  const response = await context.request.post(recorded.url(), {
    headers: { 'next-action': recorded.headers()['next-action'] ?? '', 'content-type': 'text/plain;charset=UTF-8', accept: 'text/x-component' },
    data: JSON.stringify(args),
  });
  return response.text();
}

test.describe.configure({ timeout: 120_000 });

test('two admins edit one client: the later save meets a conflict and takes the other version', async ({ browser }) => {
  const tag = `${Date.now()}`;
  const clientId = registerClient(`Settings demo ${tag}`, admin.email);
  const context = await browser.newContext({ storageState: adminStatePath });
  const [first, second] = await Promise.all([context.newPage(), context.newPage()]);
  for (const page of [first, second]) {
    await page.goto(`/console/clients/${clientId}/edit`);
    await expect(page.getByLabel('Client name')).toHaveValue(`Settings demo ${tag}`);
  }

  await first.getByLabel('Client name').fill(`Renamed ${tag}`);
  await save(first);
  await expect(saved(first)).toBeVisible();

  await second.getByLabel('Contacts').fill('ops@example.com');
  await save(second);
  const conflict = second.getByRole('alert').filter({ hasText: 'after you opened it' });
  await expect(conflict).toContainText(admin.email);
  await expect(second.getByTestId('conflict-their-fields')).toHaveText('client_name');
  await second.getByRole('button', { name: 'Load their version (discard my edits)' }).click();
  await expect(second.getByLabel('Client name')).toHaveValue(`Renamed ${tag}`);
  await expect(second.getByLabel('Contacts')).toHaveValue('');
  await second.getByLabel('Contacts').fill('ops@example.com');
  await save(second);
  await expect(saved(second)).toBeVisible();

  await second.goto(`/console/clients/${clientId}`);
  await expect(second.getByRole('heading', { name: `Renamed ${tag}`, level: 1 })).toBeVisible();
  const json = second.getByLabel('Client metadata JSON');
  await expect(json).toContainText('"ops@example.com"');
  await expect(second.getByRole('list', { name: 'Audit history' }).getByText('client.updated', { exact: true })).toHaveCount(2);
  await context.close();
});

test('settings change the way a client authenticates, its keys and its registration access token', async ({ browser }) => {
  const tag = `${Date.now()}`;
  const clientId = registerClient(`Key holder ${tag}`, admin.email);
  const context = await browser.newContext({ storageState: adminStatePath });
  const page = await context.newPage();
  await page.goto(`/console/clients/${clientId}/edit`);

  // The live panel blocks what the rulebook forbids, as when registering.
  await page.getByRole('radio', { name: /^private_key_jwt/ }).check();
  await expect(page.getByRole('button', { name: 'Save changes' })).toBeDisabled();
  const key = { ...(await exportJWK((await generateKeyPair('ES256', { extractable: true })).publicKey)), kid: `k-${tag}`, use: 'sig' };
  await page.getByLabel('JWKS (JSON)').fill(JSON.stringify({ keys: [key] }));
  await expect(page.getByRole('button', { name: 'Save changes' })).toBeEnabled();
  await save(page);
  await expect(saved(page)).toBeVisible();

  await page.goto(`/console/clients/${clientId}`);
  await expect(page.getByRole('heading', { name: 'Keys for private_key_jwt' })).toBeVisible();
  await expect(page.getByRole('cell', { name: `k-${tag}` })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Rotate secret' })).toHaveCount(0);

  // Back to a secret: the client never had a readable one, so the change issues it, once.
  await page.goto(`/console/clients/${clientId}/edit`);
  await page.getByRole('radio', { name: /^client_secret_jwt/ }).check();
  await save(page);
  await expect(page.getByTestId('edited-client-secret')).toHaveText(/^[A-Za-z0-9_-]{43}$/);

  await page.goto(`/console/clients/${clientId}`);
  await expect(page.getByTestId('secret-expiry')).toContainText('does not expire');
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: 'Reset registration access token' }).click();
  const token = await page.getByTestId('new-registration-token').textContent();
  expect(token).toMatch(/^rat_/);
  const read = await context.request.get(`/oauth/register/${clientId}`, { headers: { authorization: `Bearer ${token}` } });
  expect(read.status()).toBe(200);
  expect(((await read.json()) as { token_endpoint_auth_method: string }).token_endpoint_auth_method).toBe('client_secret_jwt');
  await context.close();
});

test('a developer edits their own client and cannot aim the edit or the token reset at another', async ({ browser }) => {
  const tag = `${Date.now()}`;
  const password = 'a long enough password';
  const [alice, bob] = [uniqueEmail('alice-settings'), uniqueEmail('bob-settings')];
  for (const email of [alice, bob]) cli(['user', 'create', '--email', email, '--password', password, '--role', 'developer']);
  const aliceClient = registerClient(`Alice edit ${tag}`, alice);
  const bobClient = registerClient(`Bob edit ${tag}`, bob);

  const context = await browser.newContext();
  const page = await context.newPage();
  await signInAs(page, alice, password);
  expect((await page.goto(`/console/clients/${bobClient}/edit`))?.status()).toBe(404);

  await page.goto(`/console/clients/${aliceClient}/edit`);
  await page.getByLabel('Client name').fill(`Alice edited ${tag}`);
  const saveRequest = page.waitForRequest(isAction);
  await save(page);
  const recordedSave = await saveRequest;
  await expect(saved(page)).toBeVisible();

  await page.goto(`/console/clients/${aliceClient}`);
  // The lifetime is the operator's call: a developer reads it but gets no form.
  await expect(page.getByTestId('token-lifetime')).toContainText('server default');
  await expect(page.getByLabel('Access token lifetime (seconds)')).toHaveCount(0);
  const resetRequest = page.waitForRequest(isAction);
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: 'Reset registration access token' }).click();
  const recordedReset = await resetRequest;
  await expect(page.getByTestId('new-registration-token')).toBeVisible();

  const hijack = { clientId: bobClient, version: 1, metadata: { client_name: 'Taken over', redirect_uris: ['https://evil.example/cb'] } };
  expect(await replay(context, recordedSave, [hijack])).toContain('You are not allowed to do this.');
  expect(await replay(context, recordedReset, [{ clientId: bobClient }])).toContain('You are not allowed to do this.');
  const shown = cli(['client', 'show', '--client-id', bobClient]) as { client_name?: string };
  expect(shown.client_name).toBe(`Bob edit ${tag}`);
  await context.close();
});

test('an admin sets a client’s own access token lifetime and the next token follows it', async ({ browser }) => {
  const tag = `${Date.now()}`;
  const issued = registerWith({ client_name: `Lifetime m2m ${tag}`, grant_types: ['client_credentials'], response_types: [], token_endpoint_auth_method: 'client_secret_basic' }, admin.email);
  const clientId = String(issued.client_id);
  const basic = basicAuthorization(clientId, String(issued.client_secret));
  const context = await browser.newContext({ storageState: adminStatePath });
  const page = await context.newPage();
  const expiresIn = async () => {
    const response = await context.request.post('/oauth/token', { headers: { authorization: basic }, form: { grant_type: 'client_credentials' } });
    expect(response.status()).toBe(200);
    return ((await response.json()) as { expires_in: number }).expires_in;
  };
  const serverDefault = await expiresIn();

  await page.goto(`/console/clients/${clientId}`);
  const field = page.getByLabel('Access token lifetime (seconds)');
  await field.fill('30');
  await page.getByRole('button', { name: 'Save lifetime' }).click();
  await expect(page.getByText('must be at least 60')).toBeVisible();
  await field.fill('120');
  await page.getByRole('button', { name: 'Save lifetime' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'new access tokens live 120 seconds = 2 minutes' })).toBeVisible();
  expect(await expiresIn()).toBe(120);

  await field.fill('');
  await page.getByRole('button', { name: 'Save lifetime' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'uses the server default' })).toBeVisible();
  expect(await expiresIn()).toBe(serverDefault);
  await expect(page.getByRole('list', { name: 'Audit history' }).getByText('client.token_lifetime_changed', { exact: true })).toHaveCount(2);
  await context.close();
});
