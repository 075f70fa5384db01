import { createHash, randomBytes } from 'node:crypto';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { adminStatePath } from './helpers';
import { basicAuthorization } from '../tests/support/basic-authorization';

test.use({ storageState: adminStatePath });

const presetLabels = {
  'web-app': 'Web application with a server',
  'single-page-app': 'Single-page app',
  'native-app': 'Native or mobile app',
  'machine-to-machine': 'Machine-to-machine',
  device: 'Device, TV or command line',
} as const;

type PresetId = keyof typeof presetLabels;

interface Created {
  name: string;
  clientId: string;
  clientSecret: string | null;
}

async function startFrom(page: Page, preset: PresetId | 'Custom') {
  await page.goto('/console/clients/new');
  await page.getByRole('button', { name: preset === 'Custom' ? /^Custom/ : presetLabels[preset] }).click();
  await expect(page.getByRole('heading', { name: '2. The client' })).toBeFocused();
}

async function createFromPreset(page: Page, preset: PresetId): Promise<Created> {
  await startFrom(page, preset);
  const name = `E2E ${preset} ${Date.now()}`;
  await page.getByLabel('Client name').fill(name);
  await expect(page.getByTestId('finding-summary')).toHaveText(/^0 errors/);
  await page.getByRole('button', { name: 'Create client' }).click();

  await expect(page.getByRole('heading', { name: `Client registered: ${name}` })).toBeFocused();
  await expect(page.getByText('you will not see this again')).toBeVisible();
  const clientId = await page.getByTestId('issued-client-id').innerText();
  await expect(page.getByTestId('issued-registration-token')).toHaveText(/^rat/);
  const secret = page.getByTestId('issued-client-secret');
  const clientSecret = (await secret.count()) > 0 ? await secret.innerText() : null;
  await expect(page.getByRole('link', { name: 'Open the client' })).toHaveAttribute('href', `/console/clients/${encodeURIComponent(clientId)}`);
  return { name, clientId, clientSecret };
}

/** RFC 6749 Appendix B: each part is form-urlencoded before Basic encoding. */

test.describe('registering a client from each preset', () => {
  for (const preset of Object.keys(presetLabels) as PresetId[]) {
    test(`${preset}: created, credentials shown once, listed`, async ({ page }) => {
      const created = await createFromPreset(page, preset);
      const confidential = preset === 'web-app' || preset === 'machine-to-machine';
      expect(Boolean(created.clientSecret), 'secret issued').toBe(confidential);
      await page.getByRole('link', { name: 'All clients' }).click();
      await expect(page).toHaveURL(/\/console\/clients$/);
      await expect(page.getByText(created.name)).toBeVisible();
      await expect(page.getByText(created.clientId)).toBeVisible();
    });
  }

  test('machine-to-machine: the shown secret obtains a client_credentials token', async ({ page, baseURL }) => {
    const { clientId, clientSecret } = await createFromPreset(page, 'machine-to-machine');
    const response = await fetch(`${baseURL}/oauth/token`, {
      method: 'POST',
      headers: { authorization: basicAuthorization(clientId, clientSecret!), 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'client_credentials' }),
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as Record<string, unknown>;
    expect(String(body.token_type).toLowerCase()).toBe('bearer');
    expect(body.access_token).toBeTruthy();
  });

  test('web app: an authorization request with PKCE reaches sign-in or consent', async ({ page, baseURL }) => {
    const { clientId, name } = await createFromPreset(page, 'web-app');
    const verifier = randomBytes(32).toString('base64url');
    const url = new URL('/oauth/authorize', baseURL);
    url.search = new URLSearchParams({
      response_type: 'code',
      client_id: clientId,
      redirect_uri: 'https://app.example.com/auth/callback',
      scope: 'openid profile',
      state: randomBytes(8).toString('hex'),
      nonce: randomBytes(8).toString('hex'),
      code_challenge: createHash('sha256').update(verifier).digest('base64url'),
      code_challenge_method: 'S256',
    }).toString();
    // Should the server send the browser straight back, the made-up app must not be contacted.
    await page.route('https://app.example.com/**', (route) => route.fulfill({ status: 200, body: 'app' }));
    await page.goto(url.href);
    await expect(page).toHaveURL(/\/(signin|consent)/);
    await expect(page.getByRole('heading', { name: 'This sign-in request cannot be completed' })).toHaveCount(0);
    if (/\/consent/.test(page.url())) await expect(page.getByRole('heading', { name: new RegExp(name) })).toBeVisible();
  });
});

test('the live panel blocks a public client_credentials client and its fix unblocks it', async ({ page }) => {
  await startFrom(page, 'machine-to-machine');
  const create = page.getByRole('button', { name: 'Create client' });
  const summary = page.getByTestId('finding-summary');
  await expect(create).toBeEnabled();
  await expect(page.getByRole('checkbox', { name: /^client_credentials/ })).toBeChecked();

  await page.getByRole('radio', { name: /^none/ }).check();
  await expect(summary).toHaveText(/^1 errors/);
  await expect(create).toBeDisabled();
  const finding = page.getByRole('region', { name: 'Findings' }).getByRole('listitem').filter({ hasText: 'client_credentials' });
  await expect(finding).toContainText('RFC 6749');

  await finding.getByRole('button', { name: /^Apply fix/ }).click();
  await expect(summary).toHaveText(/^0 errors/);
  await expect(create).toBeEnabled();
  await expect(page.getByRole('radio', { name: /^client_secret_basic/ })).toBeChecked();
});

test('a refusal from the server lands on the field it names', async ({ page }) => {
  await startFrom(page, 'machine-to-machine');
  await page.getByRole('radio', { name: /^private_key_jwt/ }).check();
  await page.getByLabel('JWKS URI').fill('https://keys.invalid/jwks.json');
  await expect(page.getByTestId('finding-summary')).toHaveText(/^0 errors/);
  await page.getByRole('button', { name: 'Create client' }).click();
  const alert = page.getByRole('alert').filter({ hasText: 'The server refused the registration' });
  await expect(alert).toContainText('jwks_uri');
  await expect(alert).toBeFocused();
  await expect(page.getByLabel('JWKS URI')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText(/^Server: jwks_uri/)).toBeVisible();
});

test('the form has no detectable accessibility violations', async ({ page }) => {
  await startFrom(page, 'web-app');
  await page.getByText('Advanced: OpenID Connect settings').click();
  const results = await new AxeBuilder({ page }).include('main').analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
});

test('what the registration policy refuses is disabled, with the reason', async ({ page }) => {
  // The password grant is off unless an admin allows it, for every kind of registrant.
  await startFrom(page, 'Custom');
  const password = page.getByRole('checkbox', { name: /^password/ });
  await expect(password).toBeDisabled();
  await expect(password).toHaveAccessibleName(/Not allowed for administrators by the registration policy an admin set\./);
  const label = page.locator('label').filter({ has: password });
  await expect(label.getByText('not allowed', { exact: true })).toBeVisible();
  await label.hover();
  await expect(page.getByText('Not allowed for administrators by the registration policy an admin set.').first()).toBeVisible();
  await expect(page.getByRole('checkbox', { name: /^client_credentials/ })).toBeEnabled();
});
