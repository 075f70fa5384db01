import { expect, test } from '@playwright/test';
import { adminStatePath } from './helpers';

test.use({ storageState: adminStatePath });

test('the rulebook runs in the browser: findings update as you type, with no request to the server, and fixes apply', async ({ page }) => {
  await page.goto('/console/rules');
  const editor = page.getByLabel('Client metadata (JSON)');
  const summary = page.getByTestId('finding-summary');
  await expect(summary).toHaveText(/^0 errors · 1 warnings/);
  await expect(page.getByRole('region', { name: 'Findings' })).toContainText('client_secret_post');

  // Next.js prefetches the navigation links in the background (?_rsc=); anything else would be the checker calling out.
  const requests: string[] = [];
  page.on('request', (request) => {
    if (!new URL(request.url()).searchParams.has('_rsc')) requests.push(`${request.method()} ${request.url()}`);
  });
  await editor.fill(JSON.stringify({ client_name: 'Nightly export', grant_types: ['client_credentials'], token_endpoint_auth_method: 'none' }));
  await expect(summary).toContainText('1 errors');
  const finding = page.getByRole('listitem').filter({ hasText: 'client_credentials' }).first();
  await expect(finding).toContainText('RFC 6749');
  expect(requests).toEqual([]);

  await finding.getByRole('button', { name: /^Apply fix/ }).click();
  await expect(summary).toHaveText(/^0 errors/);
  expect(JSON.parse(await editor.inputValue()).token_endpoint_auth_method).not.toBe('none');

  await editor.fill('{ not json');
  await expect(page.getByText(/^Not valid JSON/)).toBeVisible();
});
