// `npm run screenshots`: refreshes the pictures in docs/screenshots/ from the production build,
// on a throwaway embedded database with a few sample clients.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { presets } from '../lib/metadata';

const port = 3190;
const baseUrl = `http://127.0.0.1:${port}`;
const admin = { email: 'admin@example.com', password: 'screenshots-only-password' };
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'registry-shots-'));
const env: NodeJS.ProcessEnv = {
  ...process.env,
  NODE_ENV: 'production',
  NEXT_TELEMETRY_DISABLED: '1',
  PORT: String(port),
  APP_URL: baseUrl,
  DATA_DIR: dataDir,
  DATABASE_URL: '',
  AUTH_SECRET: 'screenshots-only-secret-screenshots-only',
  ADMIN_EMAIL: admin.email,
  ADMIN_PASSWORD: admin.password,
};

async function waitForHealth(): Promise<void> {
  for (let attempt = 0; attempt < 120; attempt++) {
    try {
      if ((await fetch(`${baseUrl}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error('the server did not become healthy');
}

/** Registers one client per preset; returns the machine-to-machine client's credentials. */
function registerSamples(): { clientId: string; clientSecret: string } | null {
  let machine: { clientId: string; clientSecret: string } | null = null;
  for (const preset of presets) {
    const file = path.join(dataDir, `${preset.id}.json`);
    writeFileSync(file, JSON.stringify({ ...preset.metadata(), client_name: preset.label }));
    const output = execFileSync('npx', ['--no-install', 'tsx', 'cli/index.ts', 'client', 'register', '--file', file, '--json'], { env, encoding: 'utf8' });
    const issued = JSON.parse(output.trim().split('\n').at(-1) ?? '{}') as { client_id?: string; client_secret?: string };
    if (preset.id === 'machine-to-machine' && issued.client_id && issued.client_secret) machine = { clientId: issued.client_id, clientSecret: issued.client_secret };
  }
  return machine;
}

/** Some real traffic for the dashboard's tokens chart; the counts reach the database within seconds. */
async function issueTokens(client: { clientId: string; clientSecret: string }, count: number): Promise<void> {
  const authorization = `Basic ${Buffer.from(`${encodeURIComponent(client.clientId)}:${encodeURIComponent(client.clientSecret)}`).toString('base64')}`;
  for (let index = 0; index < count; index++) {
    const response = await fetch(`${baseUrl}/oauth/token`, {
      method: 'POST',
      headers: { authorization, 'content-type': 'application/x-www-form-urlencoded' },
      body: 'grant_type=client_credentials',
    });
    if (!response.ok) throw new Error(`token request failed with ${response.status}`);
  }
  await new Promise((resolve) => setTimeout(resolve, 6_000));
}

/** Two editors on one client: the second save meets the first one's change and is asked what to keep. */
async function showEditConflict(page: Page, clientUrl: string): Promise<void> {
  const other = await page.context().newPage();
  for (const editor of [page, other]) await editor.goto(`${clientUrl}/edit`);
  await other.getByLabel('Client name').fill(`${presets[0]!.label} (production)`);
  await other.getByRole('button', { name: 'Save changes' }).click();
  await other.getByText('Saved. The client is now at version').waitFor();
  await other.close();
  await page.getByLabel('Contacts').fill('ops@example.com');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await page.getByText('after you opened it').waitFor();
  await page.screenshot({ path: 'docs/screenshots/client-settings.png' });
}

async function main(): Promise<void> {
  if (!existsSync('.next/BUILD_ID')) execFileSync('npx', ['--no-install', 'next', 'build'], { stdio: 'inherit', env });
  // A server left on the port would answer the health check for this one: refuse to start then.
  if (await fetch(`${baseUrl}/api/health`).then(() => true, () => false)) throw new Error(`something already answers on port ${port}`);
  // Node itself, not npx: the SIGTERM at the end must reach the server, or it outlives the script.
  const server = spawn(process.execPath, ['--import', 'tsx', 'server.ts'], { env, stdio: 'ignore' });
  try {
    await waitForHealth();
    const machine = registerSamples();
    if (machine) await issueTokens(machine, 24);
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    // A context of its own, so a second editor can open beside the first for the conflict picture.
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
    await page.goto(`${baseUrl}/signin`);
    await page.screenshot({ path: 'docs/screenshots/sign-in.png' });
    await page.getByLabel('Email').fill(admin.email);
    await page.getByLabel('Password').fill(admin.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(`${baseUrl}/console/dashboard`);
    await page.screenshot({ path: 'docs/screenshots/dashboard.png', fullPage: true });
    await page.goto(`${baseUrl}/console/clients`);
    await page.getByRole('link', { name: presets[0]!.label }).waitFor();
    await page.screenshot({ path: 'docs/screenshots/console.png' });
    const firstClient = page.getByRole('link', { name: presets[0]!.label });
    await firstClient.click();
    await page.waitForURL(/\/console\/clients\/[^/]+$/);
    await page.screenshot({ path: 'docs/screenshots/client-detail.png', fullPage: true });
    await showEditConflict(page, page.url());
    await page.goto(`${baseUrl}/console/clients/new`);
    await page.getByRole('button', { name: /^Machine-to-machine/ }).click();
    // The moment the console is most useful: a choice that cannot work, explained, with its fix.
    await page.getByRole('radio', { name: /^none/ }).check();
    await page.getByRole('region', { name: 'Findings' }).getByRole('listitem').first().waitFor();
    await page.screenshot({ path: 'docs/screenshots/new-client.png', fullPage: true });
    await page.goto(`${baseUrl}/console/rules`);
    await page.getByTestId('finding-summary').waitFor();
    await page.screenshot({ path: 'docs/screenshots/rule-reference.png' });
    await browser.close();
    console.log('wrote docs/screenshots/{sign-in,dashboard,console,client-detail,client-settings,new-client,rule-reference}.png');
  } finally {
    server.kill('SIGTERM');
    await new Promise((resolve) => server.once('exit', resolve));
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(`screenshots failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
