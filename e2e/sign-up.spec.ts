import { expect, test, type Page } from '@playwright/test';
import { adminStatePath } from './helpers';
import { basicAuthorization } from '../tests/support/basic-authorization';

test.use({ storageState: adminStatePath });

/** RFC 6749 Appendix B: each part is form-urlencoded before Basic encoding. */

async function saveSignUp(page: Page, mode: string, options: { domains?: string; approval: boolean }) {
  await page.goto('/console/settings');
  const form = page.getByRole('form', { name: 'Developer sign-up' });
  await form.getByRole('radio', { name: mode }).check();
  if (options.domains !== undefined) await form.getByLabel('Allowed domains').fill(options.domains);
  await form.getByRole('checkbox', { name: 'Require approval of developers’ new clients' }).setChecked(options.approval);
  await form.getByRole('button', { name: 'Save developer sign-up' }).click();
  await expect(form.getByText('Developer sign-up saved.')).toBeVisible();
}

test('a stranger signs up, their client waits for approval, and works once an admin approves it', async ({ page, browser, baseURL }) => {
  test.setTimeout(120_000);
  const stranger = await (await browser.newContext({ storageState: { cookies: [], origins: [] } })).newPage();
  try {
    await saveSignUp(page, 'Open to e-mail domains', { domains: 'example.test', approval: true });

    await stranger.goto('/signin');
    await stranger.getByRole('link', { name: 'Create a developer account' }).click();
    await expect(stranger.getByRole('heading', { name: 'Create a developer account' })).toBeVisible();
    const local = `signup-${Date.now()}`;
    await stranger.getByLabel('Email').fill(`${local}@elsewhere.test`);
    await stranger.getByLabel('Password', { exact: true }).fill('correct horse battery');
    await stranger.getByLabel('Confirm password').fill('correct horse battery');
    await stranger.getByRole('button', { name: 'Create account' }).click();
    await expect(stranger.getByLabel('Email')).toHaveAttribute('aria-invalid', 'true');
    await expect(stranger.getByText('Sign-up is not open to this email domain')).toBeVisible();

    await stranger.getByLabel('Email').fill(`${local}@Example.test`);
    await stranger.getByRole('button', { name: 'Create account' }).click();
    await expect(stranger).toHaveURL(/\/console\/clients$/, { timeout: 15_000 });

    await stranger.goto('/console/clients/new');
    await stranger.getByRole('button', { name: 'Machine-to-machine' }).click();
    const name = `Signed-up job ${Date.now()}`;
    await stranger.getByLabel('Client name').fill(name);
    await stranger.getByRole('button', { name: 'Create client' }).click();
    await expect(stranger.getByRole('heading', { name: `Client registered: ${name}` })).toBeFocused();
    const clientId = await stranger.getByTestId('issued-client-id').innerText();
    const clientSecret = await stranger.getByTestId('issued-client-secret').innerText();

    await stranger.getByRole('link', { name: 'Open the client' }).click();
    await expect(stranger.getByText('Pending approval')).toBeVisible();
    await expect(stranger.getByRole('button', { name: 'Approve' })).toHaveCount(0);

    const requestToken = () =>
      fetch(`${baseURL}/oauth/token`, {
        method: 'POST',
        headers: { authorization: basicAuthorization(clientId, clientSecret), 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ grant_type: 'client_credentials' }),
      });
    const refused = await requestToken();
    expect(refused.status).toBe(401);
    expect(((await refused.json()) as { error: string }).error).toBe('invalid_client');

    await page.goto(`/console/clients/${encodeURIComponent(clientId)}`);
    await expect(page.getByText('Pending approval')).toBeVisible();
    await page.getByRole('button', { name: 'Approve' }).click();
    await expect(page.getByRole('button', { name: 'Disable client' })).toBeVisible();
    await expect(page.getByText('Pending approval')).toHaveCount(0);

    const granted = await requestToken();
    expect(granted.status).toBe(200);
    expect(((await granted.json()) as { access_token?: string }).access_token).toBeTruthy();
  } finally {
    await stranger.context().close();
    await saveSignUp(page, 'Off', { approval: false });
  }
});
