import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { cli } from './cli';
import { admin, signInAs } from './helpers';

// A fresh sign-in rather than the saved admin state: that file is rewritten by every setup run.
test.beforeEach(async ({ page }) => {
  await signInAs(page, admin.email, admin.password);
});
// Each CLI call starts a process of its own, a few seconds apiece on a loaded machine.
test.describe.configure({ timeout: 120_000 });

const folder = mkdtempSync(path.join(os.tmpdir(), 'dashboard-'));

function registerMachineClient(name: string, method: string): { clientId: string; secret: string } {
  const file = path.join(folder, `${name.replace(/\W+/g, '-')}.json`);
  writeFileSync(file, JSON.stringify({ client_name: name, grant_types: ['client_credentials'], token_endpoint_auth_method: method, scope: 'inventory:read' }));
  const issued = cli(['client', 'register', '--file', file, '--owner', admin.email]);
  return { clientId: String(issued.client_id), secret: String(issued.client_secret) };
}

for (const method of ['client_secret_basic', 'client_secret_post']) {
  test(`the try-it curl of a ${method} machine client gets a token`, async ({ page }) => {
    const { clientId, secret } = registerMachineClient(`Try it ${method} ${Date.now()}`, method);
    await page.goto(`/console/clients/${clientId}`);
    const panel = page.getByRole('region', { name: 'Try it' });
    await expect(panel).toBeVisible();
    const setup = (await panel.getByTestId('try-it-setup').first().textContent()) ?? '';
    const request = (await panel.getByTestId('try-it-client_credentials').textContent()) ?? '';
    expect(setup).toContain(clientId);
    expect(`${setup}${request}`).not.toContain(secret);
    await expect(panel.getByRole('button', { name: /^Copy: Client credentials/ })).toBeVisible();

    // The commands run as shown, the secret typed at their prompt.
    const output = execFileSync('bash', ['--noprofile', '--norc', '-c', `set -e\n${setup}\n${request}`], { input: `${secret}\n`, encoding: 'utf8' });
    const body = JSON.parse(output) as Record<string, unknown>;
    expect(body).toMatchObject({ token_type: 'Bearer', scope: 'inventory:read' });
    expect(typeof body.access_token).toBe('string');
  });
}

test('the console opens on a dashboard whose charts have text alternatives', async ({ page }) => {
  await page.goto('/console');
  await expect(page).toHaveURL(/\/console\/dashboard$/);
  await expect(page.getByRole('heading', { name: 'Dashboard', level: 1 })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Dashboard' })).toHaveAttribute('aria-current', 'page');

  await expect(page.getByRole('region', { name: /^Clients \(\d+\)$/ })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Users by role' }).getByText('admin')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Initial access tokens' })).toBeVisible();
  // The machine clients registered above are web clients.
  await expect(page.getByRole('table', { name: 'Clients by application type' }).getByRole('rowheader', { name: 'web' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Clients by token endpoint auth method' })).toBeVisible();
  await expect(page.getByRole('img', { name: /^Tokens issued per day: \d+ in total/ })).toBeVisible();
  await expect(page.getByText('Each access token issued counts once')).toBeVisible();

  await page.getByText('Show as table').click();
  const days = page.getByRole('table', { name: 'Tokens issued per day, by UTC day' });
  await expect(days.getByRole('row')).toHaveCount(31);
  await expect(page.getByRole('region', { name: 'Clients with the most warnings' })).toBeVisible();
});
