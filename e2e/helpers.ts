import { expect, type Page } from '@playwright/test';

export const admin = { email: 'admin@example.test', password: 'correct horse battery' };
export const adminStatePath = 'e2e/.auth/admin.json';

export async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/signin');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

export async function signInAs(page: Page, email: string, password: string): Promise<void> {
  await signIn(page, email, password);
  await expect(page).not.toHaveURL(/\/signin/);
}

export function uniqueEmail(prefix: string): string {
  return `${prefix}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.test`;
}
