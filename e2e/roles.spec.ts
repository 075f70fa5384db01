import { expect, test, type Page } from '@playwright/test';
import { adminStatePath, signInAs, uniqueEmail } from './helpers';

const password = 'a long enough password';

async function createUserAsAdmin(page: Page, email: string, role: 'user' | 'developer') {
  await page.goto('/console/users');
  await page.getByLabel('New user email').fill(email);
  await page.getByLabel('Initial password').fill(password);
  await page.getByLabel('Role').selectOption(role);
  await page.getByRole('button', { name: 'Create user' }).click();
  await expect(page.getByRole('status')).toHaveText(`Created ${role} ${email}.`);
}

test('users without the admin role are refused from admin pages and admin actions', async ({ browser }) => {
  const adminContext = await browser.newContext({ storageState: adminStatePath });
  const adminPage = await adminContext.newPage();
  const plainUser = uniqueEmail('user');
  const developer = uniqueEmail('dev');

  // Record the create-user server action as the browser sends it, to replay it as someone else.
  const actionRequest = adminPage.waitForRequest((request) => request.method() === 'POST' && Boolean(request.headers()['next-action']));
  await createUserAsAdmin(adminPage, plainUser, 'user');
  const recorded = await actionRequest;
  await createUserAsAdmin(adminPage, developer, 'developer');

  const userContext = await browser.newContext();
  const userPage = await userContext.newPage();
  await signInAs(userPage, plainUser, password);
  await expect(userPage).toHaveURL(/\/account$/);
  for (const path of ['/console', '/console/users', '/console/settings', '/console/audit']) {
    await userPage.goto(path);
    await expect(userPage).toHaveURL(/\/forbidden$/);
  }

  const devContext = await browser.newContext();
  const devPage = await devContext.newPage();
  await signInAs(devPage, developer, password);
  await devPage.goto('/console/clients');
  await expect(devPage.getByRole('heading', { name: 'Clients' })).toBeVisible();
  await expect(devPage.getByRole('link', { name: 'Users' })).toHaveCount(0);
  await devPage.goto('/console/users');
  await expect(devPage).toHaveURL(/\/forbidden$/);

  // The same action, replayed with the developer's and the user's cookies, creates nobody.
  const smuggled = uniqueEmail('smuggled');
  const body = JSON.stringify([{ email: smuggled, password, role: 'admin' }]);
  for (const context of [devContext, userContext]) {
    const response = await context.request.post(recorded.url(), {
      headers: { 'next-action': recorded.headers()['next-action'] ?? '', 'content-type': 'text/plain;charset=UTF-8', accept: 'text/x-component' },
      data: body,
    });
    expect(await response.text()).toContain('You are not allowed to do this.');
  }
  await adminPage.goto('/console/users');
  await expect(adminPage.getByRole('cell', { name: plainUser })).toBeVisible();
  await expect(adminPage.getByText(smuggled)).toHaveCount(0);

  await Promise.all([adminContext.close(), userContext.close(), devContext.close()]);
});
