import { expect, test, type Page } from '@playwright/test';
import { adminStatePath, signIn, signInAs, uniqueEmail } from './helpers';

const firstPassword = 'a long enough password';
const secondPassword = 'another long password';

async function createUser(page: Page, email: string) {
  await page.goto('/console/users');
  await page.getByLabel('New user email').fill(email);
  await page.getByLabel('Initial password').fill(firstPassword);
  await page.getByLabel('Role').selectOption('user');
  await page.getByRole('button', { name: 'Create user' }).click();
  // The first action of a fresh server hashes on a machine that may be busy: allow it more time.
  await expect(page.getByRole('status')).toHaveText(`Created user ${email}.`, { timeout: 15_000 });
}

async function fillPasswords(page: Page, current: string, next: string) {
  await page.getByLabel('Current password').fill(current);
  await page.getByLabel('New password', { exact: true }).fill(next);
  await page.getByLabel('Confirm new password').fill(next);
  await page.getByRole('button', { name: 'Change password' }).click();
}

test('a user changes their password on the account page: every session ends, and only the new one signs in', async ({ browser }) => {
  const adminContext = await browser.newContext({ storageState: adminStatePath });
  const email = uniqueEmail('account');
  await createUser(await adminContext.newPage(), email);
  await adminContext.close();

  // The same account signed in on another device, before the change.
  const elsewhere = await browser.newContext();
  const otherDevice = await elsewhere.newPage();
  await signInAs(otherDevice, email, firstPassword);
  await expect(otherDevice).toHaveURL(/\/account$/);

  const context = await browser.newContext();
  const page = await context.newPage();
  await signInAs(page, email, firstPassword);
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByRole('heading', { name: 'Your account' })).toBeVisible();
  await expect(page.getByText(email)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Apps you have allowed' })).toBeVisible();
  await expect(page.getByText('No apps yet.')).toBeVisible();

  await fillPasswords(page, 'not my password', secondPassword);
  await expect(page.getByText('Your current password is not correct')).toBeVisible();
  await expect(page.getByLabel('Current password')).toHaveAttribute('aria-invalid', 'true');

  await fillPasswords(page, firstPassword, 'short');
  await expect(page.getByText('Use at least 8 characters')).toBeVisible();

  await fillPasswords(page, firstPassword, secondPassword);
  await expect(page).toHaveURL(/\/signin\?notice=password-changed/);
  await expect(page.getByText('Your password has been changed and every session has ended.')).toBeVisible();

  // The other device's session ended with the change, although its cookie is still there.
  await otherDevice.goto('/account');
  await expect(otherDevice).toHaveURL(/\/signin\?callbackUrl=/);
  await elsewhere.close();

  await signIn(page, email, firstPassword);
  await expect(page.getByRole('alert').filter({ hasText: 'Email or password is incorrect.' })).toBeVisible();
  await signInAs(page, email, secondPassword);
  await expect(page).toHaveURL(/\/account$/);
  await context.close();
});
