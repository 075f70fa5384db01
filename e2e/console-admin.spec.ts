import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { adminStatePath, signIn, uniqueEmail } from './helpers';

test.use({ storageState: adminStatePath });

const metadata = { client_name: 'Console admin e2e', redirect_uris: ['https://admin-e2e.example.com/cb'] };

function register(request: APIRequestContext, token?: string) {
  return request.post('/oauth/register', { headers: token ? { authorization: `Bearer ${token}` } : {}, data: metadata });
}

async function setMode(page: Page, label: string) {
  await page.goto('/console/settings');
  await page.getByRole('radio', { name: label }).check();
  await page.getByRole('button', { name: 'Save registration mode' }).click();
  await expect(page.getByText('Registration mode saved.')).toBeVisible();
}

test('an initial access token is shown once, registers a client, counts its uses and stops working when revoked', async ({ page, request }) => {
  const description = `e2e token ${Date.now()}`;
  await page.goto('/console/initial-access-tokens');
  await page.getByLabel('Description').fill(description);
  await page.getByLabel('Maximum uses').fill('3');
  await page.getByLabel('Expires in').fill('2');
  await page.getByLabel('Unit').selectOption('hours');
  await page.getByRole('button', { name: 'Create token' }).click();

  const shown = page.getByLabel('Initial access token', { exact: true });
  await expect(shown).toHaveValue(/^iat_[A-Za-z0-9_-]{43}$/, { timeout: 15_000 });
  await expect(page.getByText('you will not see this again')).toBeVisible();
  const token = await shown.inputValue();

  const row = page.getByRole('row').filter({ hasText: description });
  await expect(row.getByRole('cell').nth(1)).toHaveText('3');
  await expect(row.getByRole('cell').nth(3)).toHaveText('active');

  const registered = await register(request, token);
  expect(registered.status()).toBe(201);

  // Once the page is left, the token is gone for good: only its hash is stored.
  await page.reload();
  await expect(page.getByLabel('Initial access token', { exact: true })).toHaveCount(0);
  await expect(page.getByText(token)).toHaveCount(0);
  await expect(row.getByRole('cell').nth(1)).toHaveText('2');

  await row.getByRole('button', { name: 'Revoke' }).click();
  await row.getByRole('button', { name: 'Yes, revoke' }).click();
  await expect(row.getByRole('cell').nth(3)).toHaveText('revoked');
  await expect(row.getByRole('button', { name: 'Revoke' })).toHaveCount(0);

  const refused = await register(request, token);
  expect(refused.status()).toBe(401);
});

test('registration mode set in the console takes effect on POST /oauth/register', async ({ page, request }) => {
  try {
    await setMode(page, 'Disabled');
    await expect(page.getByTestId('mode-in-force')).toContainText('disabled');
    const refused = await register(request);
    expect(refused.status()).toBe(403);
    expect(await refused.json()).toMatchObject({ error: 'access_denied' });
  } finally {
    // Other suites share this server: put the mode back whatever happened above.
    await setMode(page, 'Initial access token');
  }
  await expect(page.getByTestId('mode-in-force')).toContainText('initial-access-token');
  expect((await register(request)).status()).toBe(401);
});

test('an admin changes a user’s role and disables them, after which they cannot sign in', async ({ page, browser }) => {
  const email = uniqueEmail('managed');
  const password = 'a long enough password';
  await page.goto('/console/users');
  await page.getByLabel('New user email').fill(email);
  await page.getByLabel('Initial password').fill(password);
  await page.getByLabel('Role').selectOption('user');
  await page.getByRole('button', { name: 'Create user' }).click();
  await expect(page.getByRole('status')).toHaveText(`Created user ${email}.`, { timeout: 15_000 });

  const row = page.getByRole('row').filter({ hasText: email });
  await row.getByLabel('Permission level').selectOption('developer');
  await row.getByRole('button', { name: 'Change role' }).click();
  await expect(row.getByText(`${email} is now developer.`)).toBeVisible();
  await expect(row.getByRole('cell').nth(1)).toHaveText('developer');

  await row.getByRole('button', { name: 'Disable' }).click();
  await expect(row.getByText(`${email} is disabled and can no longer sign in.`)).toBeVisible();
  await expect(row.getByRole('cell').nth(2)).toHaveText('disabled');

  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const userPage = await context.newPage();
  await signIn(userPage, email, password);
  await expect(userPage.getByRole('alert').filter({ hasText: 'Email or password is incorrect.' })).toBeVisible();
  await expect(userPage).toHaveURL(/\/signin/);
  await context.close();

  // The admin cannot lock themselves out.
  const own = page.getByRole('row').filter({ hasText: 'admin@example.test' });
  await own.getByRole('button', { name: 'Disable' }).click();
  await expect(own.getByRole('alert')).toHaveText('You cannot disable your own account.');
});

test('the audit log filters by action and target and expands an event', async ({ page }) => {
  await page.goto('/console/audit?action=settings.registration_policy_updated');
  const events = page.getByRole('list', { name: 'Audit events' }).getByRole('listitem');
  await expect(events.first()).toContainText('settings.registration_policy_updated');
  await events.first().locator('summary').click();
  await expect(events.first().getByText('Before')).toBeVisible();
  await expect(events.first().getByText('After')).toBeVisible();
  await page.getByLabel('Action').fill('no.such.action');
  await page.getByRole('button', { name: 'Filter' }).click();
  await expect(page).toHaveURL(/action=no\.such\.action/);
  await expect(page.getByText('No events match.')).toBeVisible();
});

test('the registration policy form shows field messages, and trusted issuers are added and removed', async ({ page }) => {
  await page.goto('/console/settings');
  const maxClients = page.getByLabel('Max clients (Open (anonymous) registration)');
  await maxClients.fill('ten');
  await page.getByRole('button', { name: 'Save policy' }).click();
  await expect(page.getByText('Max clients must be a whole number')).toBeVisible();
  // Saving the unchanged policy leaves the shared server as it was.
  await maxClients.fill('');
  await page.getByRole('button', { name: 'Save policy' }).click();
  await expect(page.getByText('Registration policy saved.')).toBeVisible();

  const issuer = `https://publisher-${Date.now()}.example.com`;
  await page.getByLabel('Publisher name').fill('E2E publisher');
  await page.getByLabel('Issuer (iss)').fill(issuer);
  await page.getByRole('radio', { name: 'JWKS URL' }).check();
  await page.getByRole('textbox', { name: 'JWKS URL (jwks_uri)' }).fill(`${issuer}/jwks.json`);
  await page.getByRole('button', { name: 'Add issuer' }).click();
  await expect(page.getByText(`Now trusting statements from ${issuer}.`)).toBeVisible();
  const row = page.getByRole('row').filter({ hasText: issuer });
  await row.getByRole('button', { name: 'Remove' }).click();
  await row.getByRole('button', { name: 'Yes, remove' }).click();
  await expect(page.getByRole('row').filter({ hasText: issuer })).toHaveCount(0);
});
