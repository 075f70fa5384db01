import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { cli } from './cli';
import { admin, signInAs } from './helpers';

/**
 * Every main page passes axe's WCAG 2 A and AA rules and fits a phone's width without scrolling
 * sideways. The console pages are checked signed in as the admin; the sign-in page signed out.
 */

// The CLI call starts a process of its own, a few seconds on a loaded machine.
test.describe.configure({ timeout: 120_000 });

const phone = { width: 390, height: 844 };

let clientId: string;

test.beforeAll(() => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'a11y-client-'));
  const file = path.join(folder, 'client.json');
  try {
    fs.writeFileSync(file, JSON.stringify({ client_name: 'Accessibility web app', redirect_uris: ['https://app.example.com/cb'] }));
    clientId = String(cli(['client', 'register', '--file', file]).client_id);
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
});

async function expectNoViolations(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  const summary = violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length}x, first: ${JSON.stringify(v.nodes[0]?.target ?? [])})`).join('\n');
  expect(violations, `axe violations on ${page.url()}:\n${summary}`).toEqual([]);
}

async function expectNoHorizontalScroll(page: Page): Promise<void> {
  await page.setViewportSize(phone);
  const sizes = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
  expect(sizes.scrollWidth, `page width at ${phone.width}px on ${page.url()}`).toBeLessThanOrEqual(sizes.innerWidth + 1);
}

test('the sign-in page, signed out', async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await page.goto('/signin');
    await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
    await expectNoViolations(page);
    await expectNoHorizontalScroll(page);
  } finally {
    await context.close();
  }
});

test.describe('signed in as the admin', () => {
  // A fresh sign-in rather than the saved admin state: that file is rewritten by every setup run.
  test.beforeEach(async ({ page }) => {
    await signInAs(page, admin.email, admin.password);
  });

  const pages: { name: string; path: () => string }[] = [
    { name: 'dashboard', path: () => '/console/dashboard' },
    { name: 'clients list', path: () => '/console/clients' },
    { name: 'new client', path: () => '/console/clients/new' },
    { name: 'client detail', path: () => `/console/clients/${encodeURIComponent(clientId)}` },
    { name: 'client settings', path: () => `/console/clients/${encodeURIComponent(clientId)}/edit` },
    { name: 'initial access tokens', path: () => '/console/initial-access-tokens' },
    { name: 'users', path: () => '/console/users' },
    { name: 'audit log', path: () => '/console/audit' },
    { name: 'settings', path: () => '/console/settings' },
    { name: 'rules', path: () => '/console/rules' },
    { name: 'account', path: () => '/account' },
    { name: 'forbidden', path: () => '/forbidden' },
  ];

  for (const entry of pages) {
    test(`the ${entry.name} page`, async ({ page }) => {
      const target = entry.path();
      await page.goto(target);
      await expect(page).toHaveURL(new RegExp(`${target.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await page.waitForLoadState('networkidle');
      await expectNoViolations(page);
      await expectNoHorizontalScroll(page);
    });
  }
});
