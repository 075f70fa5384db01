import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { createRemoteJWKSet, jwtVerify } from 'jose';
import * as client from 'openid-client';
import { cli } from './cli';
import { uniqueEmail } from './helpers';

/**
 * The browser flow end to end: openid-client (a relying-party library this project did not write)
 * discovers the server, sends the user through sign-in and consent in Chromium, redeems the code
 * with PKCE and verifies the ID token, then refreshes with rotation.
 */
const callback = 'https://rp.example.com/cb';
const password = 'a long enough password';
const insecure = { execute: [client.allowInsecureRequests] };

function registerClient(metadata: Record<string, unknown>): Record<string, string> {
  const file = path.join(os.tmpdir(), `client-${Date.now()}-${Math.random()}.json`);
  writeFileSync(file, JSON.stringify(metadata));
  return cli(['client', 'register', '--file', file]) as Record<string, string>;
}

/** The relying party's callback is not a real site: capture where the browser is sent. */
async function captureCallback(page: Page): Promise<() => Promise<URL>> {
  let resolve: (url: URL) => void;
  const arrived = new Promise<URL>((done) => (resolve = done));
  await page.route('https://rp.example.com/**', async (route) => {
    resolve(new URL(route.request().url()));
    await route.fulfill({ status: 200, contentType: 'text/html', body: '<h1>Back at the app</h1>' });
  });
  return () => arrived;
}

async function signIn(page: Page, email: string) {
  await expect(page).toHaveURL(/\/signin/);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

test.describe('authorization code flow', () => {
  let email: string;
  let registered: Record<string, string>;
  let configuration: client.Configuration;

  test.beforeAll(async ({ baseURL }) => {
    email = uniqueEmail('enduser');
    cli(['user', 'create', '--email', email, '--password', password, '--role', 'user']);
    registered = registerClient({
      client_name: 'Photo Printer',
      redirect_uris: [callback],
      grant_types: ['authorization_code', 'refresh_token'],
      scope: 'openid profile email offline_access',
      // Accepted with a warning, but the consent page shows https images only.
      logo_uri: 'http://rp.example.com/logo.png',
      policy_uri: 'https://rp.example.com/privacy',
    });
    // The client registered client_secret_basic, and the server holds it to that method.
    configuration = await client.discovery(new URL(baseURL!), registered.client_id!, undefined, client.ClientSecretBasic(registered.client_secret!), insecure);
  });

  test('sign in, allow, redeem the code with PKCE, verify the ID token, refresh with rotation, detect reuse', async ({ page, baseURL }) => {
    const arrived = await captureCallback(page);
    const verifier = client.randomPKCECodeVerifier();
    const nonce = client.randomNonce();
    const state = client.randomState();
    const url = client.buildAuthorizationUrl(configuration, {
      redirect_uri: callback,
      scope: 'openid profile email offline_access',
      code_challenge: await client.calculatePKCECodeChallenge(verifier),
      code_challenge_method: 'S256',
      nonce,
      state,
    });
    await page.goto(url.href);
    await signIn(page, email);

    await expect(page.getByRole('heading', { name: 'Allow Photo Printer to access your account?' })).toBeVisible();
    await expect(page.getByText('See your email address')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Privacy policy' })).toHaveAttribute('href', 'https://rp.example.com/privacy');
    await expect(page.locator('img')).toHaveCount(0);
    await page.getByRole('button', { name: 'Allow' }).click();

    const returned = await arrived();
    expect(returned.searchParams.get('iss')).toBe(baseURL);
    const tokens = await client.authorizationCodeGrant(configuration, returned, { pkceCodeVerifier: verifier, expectedNonce: nonce, expectedState: state });
    const claims = tokens.claims()!;
    expect(claims).toMatchObject({ iss: baseURL, aud: registered.client_id, nonce, email });
    const { protectedHeader } = await jwtVerify(tokens.id_token!, createRemoteJWKSet(new URL(`${baseURL}/oauth/jwks`)), { issuer: baseURL, audience: registered.client_id });
    expect(protectedHeader.alg).toBe('RS256');

    const userinfo = await client.fetchUserInfo(configuration, tokens.access_token, claims.sub);
    expect(userinfo.email).toBe(email);

    const first = tokens.refresh_token!;
    const refreshed = await client.refreshTokenGrant(configuration, first);
    expect(refreshed.refresh_token).toBeTruthy();
    expect(refreshed.refresh_token).not.toBe(first);
    await expect(client.refreshTokenGrant(configuration, first)).rejects.toMatchObject({ error: 'invalid_grant' });
    // Reuse revoked the whole family, including the token handed out by the rotation.
    await expect(client.refreshTokenGrant(configuration, refreshed.refresh_token!)).rejects.toMatchObject({ error: 'invalid_grant' });

    // The code is single use.
    await expect(
      client.authorizationCodeGrant(configuration, returned, { pkceCodeVerifier: verifier, expectedNonce: nonce, expectedState: state }),
    ).rejects.toMatchObject({ error: 'invalid_grant' });
  });

  test('Deny sends access_denied back to the client', async ({ page }) => {
    const arrived = await captureCallback(page);
    const verifier = client.randomPKCECodeVerifier();
    const url = client.buildAuthorizationUrl(configuration, {
      redirect_uri: callback,
      scope: 'openid',
      prompt: 'consent',
      state: 'deny-state',
      code_challenge: await client.calculatePKCECodeChallenge(verifier),
      code_challenge_method: 'S256',
    });
    await page.goto(url.href);
    await signIn(page, email);
    await page.getByRole('button', { name: 'Deny' }).click();
    const returned = await arrived();
    expect(Object.fromEntries(returned.searchParams)).toMatchObject({ error: 'access_denied', state: 'deny-state' });
  });

  test('an unregistered redirect_uri shows the server’s error page and never redirects', async ({ page, baseURL }) => {
    await page.goto(`${baseURL}/oauth/authorize?client_id=${registered.client_id}&redirect_uri=${encodeURIComponent('https://evil.example.com/cb')}&response_type=code&scope=openid`);
    await expect(page.getByRole('heading', { name: 'This sign-in request cannot be completed' })).toBeVisible();
    expect(new URL(page.url()).origin).toBe(baseURL);
  });

  test('a public client without PKCE is refused with invalid_request', async ({ page, baseURL }) => {
    const spa = registerClient({ client_name: 'SPA', redirect_uris: [callback], token_endpoint_auth_method: 'none' });
    // A server-side redirect straight to the client: watch the request the browser makes to it.
    const leaving = page.waitForRequest((request) => request.url().startsWith(callback));
    await page.goto(`${baseURL}/oauth/authorize?client_id=${spa.client_id}&redirect_uri=${encodeURIComponent(callback)}&response_type=code&state=s`).catch(() => {});
    const returned = new URL((await leaving).url());
    expect(returned.searchParams.get('error')).toBe('invalid_request');
    expect(returned.searchParams.get('error_description')).toContain('PKCE');
    expect(returned.searchParams.get('state')).toBe('s');
  });
});
