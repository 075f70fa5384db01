import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { cli } from './cli';
import { admin, signInAs } from './helpers';

/**
 * OpenID Connect RP-Initiated Logout as a browser meets it: the relying party sends the user to
 * /oauth/logout, the user confirms, and lands back on the client's registered post-logout URI.
 */
const BYE = 'https://rp.example.com/bye';

function registerClient(metadata: Record<string, unknown>): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'logout-client-'));
  const file = path.join(folder, 'client.json');
  try {
    fs.writeFileSync(file, JSON.stringify(metadata));
    return String(cli(['client', 'register', '--file', file]).client_id);
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

/** Stands in for the relying party; returns the URLs the browser asked it for. */
async function fakeRelyingParty(page: Page): Promise<string[]> {
  const visits: string[] = [];
  await page.route('https://rp.example.com/**', async (route) => {
    visits.push(route.request().url());
    await route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>RP</title><h1>Back at the relying party</h1>' });
  });
  return visits;
}

let clientId: string;

test.beforeAll(() => {
  clientId = registerClient({ client_name: 'Logout RP', redirect_uris: ['https://rp.example.com/cb'], post_logout_redirect_uris: [BYE] });
});

const logoutUrl = (params: Record<string, string>) => `/oauth/logout?${new URLSearchParams(params)}`;

test('a signed-in user confirms, is signed out and returns to the client with its state', async ({ page }) => {
  await fakeRelyingParty(page);
  await signInAs(page, admin.email, admin.password);

  await page.goto(logoutUrl({ client_id: clientId, post_logout_redirect_uri: BYE, state: 's1' }));
  await expect(page.getByRole('heading', { name: 'Sign out of Logout RP?' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Stay signed in' })).toBeVisible();
  await page.getByRole('button', { name: 'Sign out', exact: true }).click();

  await expect(page).toHaveURL(`${BYE}?state=s1`);
  await expect(page.getByRole('heading', { name: 'Back at the relying party' })).toBeVisible();
  const cookies = await page.context().cookies();
  expect(cookies.filter((cookie) => cookie.name.includes('session-token'))).toEqual([]);
  await page.goto('/console');
  await expect(page).toHaveURL(/\/signin/);
});

test('“Stay signed in” returns to the client and keeps the session', async ({ page }) => {
  await fakeRelyingParty(page);
  await signInAs(page, admin.email, admin.password);

  await page.goto(logoutUrl({ client_id: clientId, post_logout_redirect_uri: BYE }));
  await page.getByRole('button', { name: 'Stay signed in' }).click();
  await expect(page).toHaveURL(BYE);
  await page.goto('/console');
  await expect(page).not.toHaveURL(/\/signin/);
});

test('without a session there is nothing to confirm: the browser goes straight back', async ({ page }) => {
  // The route above sees only navigations the page starts itself, not the hops of a server
  // redirect, so here the browser's request to the client is what is checked.
  const leaving = page.waitForRequest((request) => request.url().startsWith('https://rp.example.com/'));
  await page.goto(logoutUrl({ client_id: clientId, post_logout_redirect_uri: BYE, state: 'direct' })).catch(() => {
    // rp.example.com does not resolve; the request made above is the evidence.
  });
  expect((await leaving).url()).toBe(`${BYE}?state=direct`);
});

test('a request without a redirect URI ends on this server’s signed-out page', async ({ page }) => {
  await signInAs(page, admin.email, admin.password);
  await page.goto('/oauth/logout');
  await expect(page.getByRole('heading', { name: 'Sign out of this server?' })).toBeVisible();
  await page.getByRole('button', { name: 'Sign out', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'You are signed out' })).toBeVisible();
  await page.goto('/console');
  await expect(page).toHaveURL(/\/signin/);
});

test('an unregistered post_logout_redirect_uri shows the error page and never leaves the server', async ({ page, baseURL }) => {
  const visits = await fakeRelyingParty(page);
  await signInAs(page, admin.email, admin.password);

  await page.goto(logoutUrl({ client_id: clientId, post_logout_redirect_uri: 'https://rp.example.com/elsewhere', state: 's1' }));
  await expect(page.getByRole('heading', { name: 'Sign-out request refused' })).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'not registered for this application' })).toBeVisible();
  expect(page.url().startsWith(`${baseURL}/oauth/logout/`)).toBe(true);
  expect(visits).toEqual([]);

  // The refusal left the session alone.
  await page.goto('/console');
  await expect(page).not.toHaveURL(/\/signin/);
});
