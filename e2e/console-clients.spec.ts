import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type BrowserContext, type Page, type Request } from '@playwright/test';
import { cli } from './cli';
import { admin, adminStatePath, signInAs, uniqueEmail } from './helpers';

const password = 'a long enough password';
const folder = mkdtempSync(path.join(os.tmpdir(), 'console-clients-'));

/** Registers a confidential web client through the operator CLI, owned by the given user. */
function registerClient(name: string, owner: string): string {
  const file = path.join(folder, `${name.replace(/\W+/g, '-')}.json`);
  const metadata = { client_name: name, redirect_uris: ['https://app.example.com/callback'], grant_types: ['authorization_code'], response_types: ['code'] };
  writeFileSync(file, JSON.stringify(metadata));
  return String(cli(['client', 'register', '--file', file, '--owner', owner]).client_id);
}

const search = (page: Page) => page.getByLabel('Search by name or client_id');
const clientsTable = (page: Page) => page.getByRole('region', { name: 'Clients list' });

/** Sends a recorded server action again, from another browser context, with other arguments. */
async function replay(context: BrowserContext, recorded: Request, args: unknown[]): Promise<string> {
  const response = await context.request.post(recorded.url(), {
    headers: { 'next-action': recorded.headers()['next-action'] ?? '', 'content-type': 'text/plain;charset=UTF-8', accept: 'text/x-component' },
    data: JSON.stringify(args),
  });
  return response.text();
}

const isAction = (request: Request) => request.method() === 'POST' && Boolean(request.headers()['next-action']);

// Each CLI call starts a process of its own, a few seconds apiece on a loaded machine.
test.describe.configure({ timeout: 120_000 });

test('an admin finds, inspects, rotates, disables, enables and deletes a client', async ({ browser }) => {
  const context = await browser.newContext({ storageState: adminStatePath });
  const page = await context.newPage();
  const tag = `${Date.now()}`;
  const name = `Console printer ${tag}`;
  const clientId = registerClient(name, admin.email);
  const other = `Console scanner ${tag}`;
  registerClient(other, admin.email);

  await page.goto('/console/clients');
  await expect(clientsTable(page).getByRole('link', { name })).toBeVisible();
  await expect(clientsTable(page).getByRole('link', { name: other })).toBeVisible();

  await search(page).fill(`printer ${tag}`);
  await expect(clientsTable(page).getByRole('link', { name: other })).toHaveCount(0);
  await expect(clientsTable(page).getByRole('link', { name })).toBeVisible();
  await search(page).fill(clientId);
  await expect(clientsTable(page).getByRole('link', { name })).toBeVisible();

  await clientsTable(page).getByRole('link', { name }).click();
  await expect(page).toHaveURL(new RegExp(`/console/clients/${clientId}$`));
  await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();
  await expect(page.getByLabel('Client metadata JSON')).toContainText(`"client_id": "${clientId}"`);

  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: 'Rotate secret' }).click();
  await expect(page.getByText('you will not see this again')).toBeVisible();
  const secret = await page.getByTestId('new-client-secret').textContent();
  expect(secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
  await expect(page.getByText(/previous secret keeps working until/)).toBeVisible();
  // Shown once: a reload brings the page back without it.
  await page.reload();
  await expect(page.getByTestId('new-client-secret')).toHaveCount(0);
  await expect(page.getByText(secret!)).toHaveCount(0);

  await page.getByRole('button', { name: 'Disable client' }).click();
  await expect(page.getByRole('button', { name: 'Enable client' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Overview' }).getByText('disabled', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Enable client' }).click();
  await expect(page.getByRole('button', { name: 'Disable client' })).toBeVisible();
  const history = page.getByRole('list', { name: 'Audit history' });
  for (const action of ['client.registered', 'client.secret_rotated', 'client.disabled', 'client.enabled']) {
    await expect(history.getByText(action, { exact: true })).toBeVisible();
  }

  const confirm = page.getByLabel(/to confirm$/);
  const remove = page.getByRole('button', { name: 'Delete client' });
  await confirm.fill('not the name');
  await expect(remove).toBeDisabled();
  await confirm.fill(name);
  await remove.click();
  await expect(page).toHaveURL(/\/console\/clients$/);
  await search(page).fill(tag);
  await expect(clientsTable(page).getByRole('link', { name: other })).toBeVisible();
  await expect(clientsTable(page).getByRole('link', { name })).toHaveCount(0);
  await context.close();
});

test('a developer sees and manages only their own clients, whatever the request says', async ({ browser }) => {
  const tag = `${Date.now()}`;
  const alice = uniqueEmail('alice');
  const bob = uniqueEmail('bob');
  for (const email of [alice, bob]) cli(['user', 'create', '--email', email, '--password', password, '--role', 'developer']);
  const aliceClient = registerClient(`Alice app ${tag}`, alice);
  const aliceSpare = registerClient(`Alice spare ${tag}`, alice);
  const bobClient = registerClient(`Bob app ${tag}`, bob);

  const context = await browser.newContext();
  const page = await context.newPage();
  await signInAs(page, alice, password);
  await page.goto('/console/clients');
  await expect(clientsTable(page).getByRole('link', { name: `Alice app ${tag}` })).toBeVisible();
  await expect(clientsTable(page).getByRole('link', { name: `Bob app ${tag}` })).toHaveCount(0);
  await expect(page.getByLabel('Owner email (or none)')).toHaveCount(0);

  // The API ignores an owner filter from a developer: still only Alice's clients.
  const listed = await context.request.get(`/api/console/clients?owner=${encodeURIComponent(bob)}&q=${tag}`);
  const body = (await listed.json()) as { items: Array<{ clientId: string }> };
  expect(body.items.map((item) => item.clientId).sort()).toEqual([aliceClient, aliceSpare].sort());

  const refused = await page.goto(`/console/clients/${bobClient}`);
  expect(refused?.status()).toBe(404);

  // Record Alice's own rotate and delete actions, then aim them at Bob's client.
  await page.goto(`/console/clients/${aliceSpare}`);
  const rotateRequest = page.waitForRequest(isAction);
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: 'Rotate secret' }).click();
  const rotate = await rotateRequest;
  await expect(page.getByTestId('new-client-secret')).toBeVisible();
  const deleteRequest = page.waitForRequest(isAction);
  await page.getByLabel(/to confirm$/).fill(aliceSpare);
  await page.getByRole('button', { name: 'Delete client' }).click();
  const remove = await deleteRequest;
  await expect(page).toHaveURL(/\/console\/clients$/);

  expect(await replay(context, rotate, [{ clientId: bobClient }])).toContain('You are not allowed to do this.');
  expect(await replay(context, remove, [{ clientId: bobClient, confirmation: bobClient }])).toContain('You are not allowed to do this.');

  const shown = cli(['client', 'show', '--client-id', bobClient]);
  expect(JSON.stringify(shown)).toContain(bobClient);
  const audit = await browser.newContext({ storageState: adminStatePath });
  const adminPage = await audit.newPage();
  await adminPage.goto(`/console/clients/${bobClient}`);
  const history = adminPage.getByRole('list', { name: 'Audit history' });
  await expect(history.getByText('client.registered', { exact: true })).toBeVisible();
  await expect(history.getByText('client.secret_rotated', { exact: true })).toHaveCount(0);
  await Promise.all([context.close(), audit.close()]);
});
