import { expect, test } from '@playwright/test';
import { admin, signIn } from './helpers';

test('a wrong password is refused with a message that does not say which part was wrong', async ({ page }) => {
  await signIn(page, admin.email, 'not the password');
  const refusal = page.getByRole('alert').filter({ hasText: 'Email or password is incorrect.' });
  await expect(refusal).toBeVisible();
  await expect(page).toHaveURL(/\/signin/);

  await signIn(page, 'nobody@example.test', 'not the password');
  await expect(refusal).toBeVisible();
});

test('an admin signs in, reaches the console, and signs out', async ({ page }) => {
  await page.goto('/console/users');
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fconsole%2Fusers/);
  await page.getByLabel('Email').fill(admin.email);
  await page.getByLabel('Password').fill(admin.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/console\/users$/);
  await expect(page.getByRole('heading', { name: 'Users' })).toBeVisible();

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/signin/);
  await page.goto('/console/clients');
  await expect(page).toHaveURL(/\/signin/);
});
