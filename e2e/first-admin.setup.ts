import { expect, test as setup } from '@playwright/test';
import { admin, adminStatePath } from './helpers';

setup('a new registry leads to the first-admin page, which creates the admin and then closes', async ({ page }) => {
  await page.goto('/console');
  await expect(page).toHaveURL(/\/setup$/);
  await expect(page.getByRole('heading', { name: 'Create the first admin' })).toBeVisible();

  await page.getByLabel('Email').fill(admin.email);
  await page.getByLabel('Password', { exact: true }).fill('short');
  await page.getByLabel('Confirm password').fill('short');
  await page.getByRole('button', { name: 'Create admin account' }).click();
  await expect(page.getByText('Use at least 8 characters')).toBeVisible();

  await page.getByLabel('Password', { exact: true }).fill(admin.password);
  await page.getByLabel('Confirm password').fill(admin.password);
  await page.getByRole('button', { name: 'Create admin account' }).click();
  await expect(page).toHaveURL(/\/console\/dashboard$/);
  await expect(page.getByRole('heading', { name: 'Dashboard', level: 1 })).toBeVisible();
  await page.context().storageState({ path: adminStatePath });

  // Once an admin exists the setup page is gone for good.
  await page.goto('/setup');
  await expect(page).not.toHaveURL(/\/setup$/);
});
