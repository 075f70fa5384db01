import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { createRemoteJWKSet, jwtVerify } from 'jose';
import { cli } from './cli';
import { uniqueEmail } from './helpers';

/**
 * The device flow end to end: a script plays the device the way a CLI would (plain fetch, polling
 * at the interval the server asks for) while Chromium plays the user on another screen.
 */
const DEVICE_CODE_GRANT = 'urn:ietf:params:oauth:grant-type:device_code';
const password = 'a long enough password';

interface DeviceAuthorization {
  device_code: string;
  user_code: string;
  verification_uri: string;
  verification_uri_complete: string;
  expires_in: number;
  interval: number;
}

function registerClient(metadata: Record<string, unknown>): Record<string, string> {
  const file = path.join(os.tmpdir(), `device-client-${Date.now()}-${Math.random()}.json`);
  writeFileSync(file, JSON.stringify(metadata));
  return cli(['client', 'register', '--file', file]) as Record<string, string>;
}

async function startDeviceAuthorization(baseURL: string, clientId: string): Promise<DeviceAuthorization> {
  const response = await fetch(`${baseURL}/oauth/device_authorization`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ client_id: clientId, scope: 'openid profile offline_access' }),
  });
  expect(response.status).toBe(200);
  return (await response.json()) as DeviceAuthorization;
}

/** Polls as RFC 8628 §3.5 asks: wait the interval, add 5 seconds on slow_down, stop on anything final. */
async function pollForTokens(baseURL: string, clientId: string, start: DeviceAuthorization): Promise<Record<string, unknown>> {
  let interval = start.interval;
  const deadline = Date.now() + start.expires_in * 1000;
  while (Date.now() < deadline) {
    const response = await fetch(`${baseURL}/oauth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: DEVICE_CODE_GRANT, device_code: start.device_code, client_id: clientId }),
    });
    const body = (await response.json()) as Record<string, unknown>;
    if (body.error === 'slow_down') interval += 5;
    else if (body.error !== 'authorization_pending') return body;
    await new Promise((done) => setTimeout(done, interval * 1000));
  }
  throw new Error('the device code expired while polling');
}

async function signIn(page: Page, email: string) {
  await expect(page).toHaveURL(/\/signin/);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

test.describe('device authorization flow', () => {
  let email: string;
  let clientId: string;

  test.beforeAll(() => {
    email = uniqueEmail('viewer');
    cli(['user', 'create', '--email', email, '--password', password, '--role', 'user']);
    clientId = registerClient({
      client_name: 'Terminal CLI',
      application_type: 'native',
      response_types: [],
      grant_types: [DEVICE_CODE_GRANT, 'refresh_token'],
      token_endpoint_auth_method: 'none',
      scope: 'openid profile offline_access',
    }).client_id!;
  });

  test('the user types the code on another screen and allows; the polling device gets verifiable tokens', async ({ page, baseURL }) => {
    test.setTimeout(90_000);
    const start = await startDeviceAuthorization(baseURL!, clientId);
    expect(start.verification_uri).toBe(`${baseURL}/device`);
    const tokens = pollForTokens(baseURL!, clientId, start);

    await page.goto(start.verification_uri);
    await signIn(page, email);
    await expect(page.getByRole('heading', { name: 'Enter the code shown on your device' })).toBeVisible();
    await page.getByLabel('Code', { exact: true }).fill(start.user_code.toLowerCase());
    await page.getByRole('button', { name: 'Continue' }).click();

    await expect(page.getByRole('heading', { name: 'Allow Terminal CLI to access your account?' })).toBeVisible();
    await expect(page.getByText('Stay connected when you are not using it')).toBeVisible();
    await page.getByRole('button', { name: 'Allow' }).click();
    await expect(page.getByText('You can return to your device.')).toBeVisible();

    const body = await tokens;
    expect(body).toMatchObject({ token_type: 'Bearer', scope: 'openid profile offline_access' });
    expect(body.refresh_token).toEqual(expect.any(String));
    const jwks = createRemoteJWKSet(new URL(`${baseURL}/oauth/jwks`));
    const { payload } = await jwtVerify(String(body.access_token), jwks, { issuer: baseURL, typ: 'at+jwt' });
    expect(payload.client_id).toBe(clientId);
    const idToken = await jwtVerify(String(body.id_token), jwks, { issuer: baseURL, audience: clientId });
    expect(idToken.payload.sub).toBe(payload.sub);
  });

  test('a wrong code is refused on the field; Deny sends access_denied to the device', async ({ page, baseURL }) => {
    test.setTimeout(90_000);
    const start = await startDeviceAuthorization(baseURL!, clientId);
    const tokens = pollForTokens(baseURL!, clientId, start);

    // The complete URI carries the code, but the user still confirms it and decides.
    await page.goto(start.verification_uri_complete);
    await signIn(page, email);
    const field = page.getByLabel('Code', { exact: true });
    await expect(field).toHaveValue(start.user_code);

    await field.fill('ZZZZ-ZZZZ');
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page.getByText('That code is not valid or has expired.')).toBeVisible();
    await expect(field).toHaveAttribute('aria-invalid', 'true');

    await field.fill(start.user_code);
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('button', { name: 'Deny' }).click();
    await expect(page.getByText('You can return to your device.')).toBeVisible();

    expect(await tokens).toMatchObject({ error: 'access_denied' });
  });
});
