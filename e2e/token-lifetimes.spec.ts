import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { cli } from './cli';
import { admin, signInAs } from './helpers';
import { basicAuthorization } from '../tests/support/basic-authorization';

// A fresh sign-in rather than the saved admin state: that file is rewritten by every setup run.
test.beforeEach(async ({ page }) => {
  await signInAs(page, admin.email, admin.password);
});
// The CLI call starts a process of its own, a few seconds on a loaded machine.
test.describe.configure({ timeout: 120_000 });

function registerMachineClient(): { clientId: string; secret: string } {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'token-lifetimes-'));
  const file = path.join(folder, 'client.json');
  try {
    fs.writeFileSync(file, JSON.stringify({ client_name: `Lifetime check ${Date.now()}`, grant_types: ['client_credentials'], scope: 'reports:read' }));
    const issued = cli(['client', 'register', '--file', file, '--owner', admin.email]);
    return { clientId: String(issued.client_id), secret: String(issued.client_secret) };
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

test('an admin sets the token lifetimes in Settings and the next token uses them', async ({ page, request }) => {
  await page.goto('/console/settings');
  const form = page.getByRole('form', { name: 'Token lifetimes' });
  const access = form.getByLabel('Access token lifetime in seconds');
  const refresh = form.getByLabel('Refresh token lifetime in seconds');
  await expect(access).toHaveValue('3600');
  await expect(page.getByText('3,600 seconds = 1 hour.')).toBeVisible();
  await expect(page.getByText('2,592,000 seconds = 30 days.')).toBeVisible();

  // The hint translates the number as it is typed; the bounds are checked before anything is sent.
  await access.fill('30');
  await expect(page.getByText('30 seconds.', { exact: false })).toBeVisible();
  await form.getByRole('button', { name: 'Save token lifetimes' }).click();
  await expect(form.getByText('Access token lifetime must be at least 60 seconds (1 minute)')).toBeVisible();
  await expect(form.getByRole('alert').filter({ hasText: 'Some fields need attention.' })).toBeVisible();
  await expect(access).toHaveAttribute('aria-invalid', 'true');

  await access.fill('900');
  await expect(page.getByText('900 seconds = 15 minutes.')).toBeVisible();
  await refresh.fill('604800');
  await form.getByRole('button', { name: 'Save token lifetimes' }).click();
  await expect(form.getByRole('status')).toContainText('Token lifetimes saved.');
  await page.reload();
  await expect(page.getByRole('form', { name: 'Token lifetimes' }).getByLabel('Access token lifetime in seconds')).toHaveValue('900');

  try {
    const { clientId, secret } = registerMachineClient();
    // Other server instances see a change within seconds; this one at once.
    await expect(async () => {
      const response = await request.post('/oauth/token', {
        form: { grant_type: 'client_credentials' },
        headers: { authorization: basicAuthorization(clientId, secret) },
      });
      expect(response.status()).toBe(200);
      expect(((await response.json()) as { expires_in: number }).expires_in).toBe(900);
    }).toPass({ timeout: 15_000 });

    await page.goto('/console/audit?action=settings.token_lifetimes_updated');
    await expect(page.getByRole('list', { name: 'Audit events' }).getByRole('listitem').first()).toContainText('settings.token_lifetimes_updated');
  } finally {
    // The server is shared by the other tests: put the defaults back.
    await page.goto('/console/settings');
    const restore = page.getByRole('form', { name: 'Token lifetimes' });
    await restore.getByLabel('Access token lifetime in seconds').fill('3600');
    await restore.getByLabel('Refresh token lifetime in seconds').fill('2592000');
    await restore.getByRole('button', { name: 'Save token lifetimes' }).click();
    await expect(restore.getByRole('status')).toContainText('Token lifetimes saved.');
  }
});
