import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { machineClientMetadata, OPAQUE_RESOURCE } from './fixtures';
import { Cleanup, freePort, runTs, spawnTs, waitForHttp, type Child } from './processes';

/** One server under test, as the benchmarks see it: where to send requests and whom to be. */
export interface ServerUnderTest {
  label: string;
  issuer: string;
  tokenEndpoint: string;
  registrationEndpoint: string;
  introspectionEndpoint: string;
  /** A client_credentials client with client_secret_basic and scope api:read. */
  client: { id: string; secret: string };
  /** Extra token request parameters for a token this server can introspect. */
  introspectableTokenParams: Record<string, string>;
  child: Child;
}

const ROOT = path.resolve(__dirname, '..');
// Migrations and Next.js's first prepare take 10–20 s here; twice that while two servers start at once.
const READY_TIMEOUT_MS = 120_000;

export const postgresAdminUrl = process.env.BENCH_POSTGRES_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: postgresAdminUrl, connectionTimeoutMillis: 5_000 });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Null when the PostgreSQL server answers; otherwise why not. */
export async function postgresUnavailable(): Promise<string | null> {
  try {
    await adminQuery('SELECT 1');
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/**
 * A database created for this run on the PostgreSQL server, dropped again by `cleanup` however the
 * run ends. Returns its URL.
 */
export async function createBenchDatabase(cleanup: Cleanup): Promise<string> {
  const name = `registry_bench_${randomBytes(6).toString('hex')}`;
  await adminQuery(`CREATE DATABASE ${name}`);
  cleanup.add(`drop database ${name}`, () => adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
  const url = new URL(postgresAdminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function discover(issuer: string): Promise<{ token: string; registration: string; introspection: string }> {
  const response = await fetch(`${issuer}/.well-known/openid-configuration`);
  if (response.status !== 200) throw new Error(`${issuer}: discovery answered ${response.status}`);
  const metadata = (await response.json()) as Record<string, unknown>;
  const endpoint = (name: string) => {
    const value = metadata[name];
    if (typeof value !== 'string') throw new Error(`${issuer}: discovery has no ${name}`);
    return value;
  };
  return {
    token: endpoint('token_endpoint'),
    registration: endpoint('registration_endpoint'),
    introspection: endpoint('introspection_endpoint'),
  };
}

/**
 * Our production server (server.ts over the existing `next build`) on a brand-new database: an
 * embedded PGlite under a fresh temp dir, or a database created for this run on the PostgreSQL server.
 */
export async function startOurServer(database: 'embedded' | 'postgres', cleanup: Cleanup): Promise<ServerUnderTest> {
  const label = database === 'embedded' ? 'ours (embedded DB)' : 'ours (PostgreSQL)';
  const port = await freePort();
  const issuer = `http://127.0.0.1:${port}`;
  // A temp DATA_DIR in both cases, so nothing is written under the work tree's ./.data.
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'registry-bench-'));
  cleanup.add(`remove ${dataDir}`, () => fs.rmSync(dataDir, { recursive: true, force: true }));

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    PORT: String(port),
    APP_URL: issuer,
    DATA_DIR: dataDir,
    AUTH_SECRET: randomBytes(32).toString('base64url'),
    REGISTRATION_MODE: 'open',
  };
  // A bench must never bootstrap an admin or reach a database the caller's shell happens to name.
  delete env.ADMIN_EMAIL;
  delete env.ADMIN_PASSWORD;
  delete env.DATABASE_URL;
  if (database === 'postgres') env.DATABASE_URL = await createBenchDatabase(cleanup);

  const child = spawnTs(label, path.join(ROOT, 'server.ts'), [], env, cleanup);
  await waitForHttp(`${issuer}/api/health`, child, READY_TIMEOUT_MS);

  // Open registration refuses client_credentials by policy, so the machine client is registered
  // the way an operator would: through the CLI, under the admin policy, against the same database.
  const output = await runTs(`${label} client register`, path.join(ROOT, 'cli/index.ts'), ['client', 'register', '--file', '-', '--json'], env, JSON.stringify(machineClientMetadata));
  const registered = JSON.parse(output.trim().split('\n').at(-1) ?? '{}') as { client_id?: string; client_secret?: string };
  if (!registered.client_id || !registered.client_secret) throw new Error(`${label}: the CLI did not return a client_id and client_secret:\n${output}`);

  const endpoints = await discover(issuer);
  return {
    label,
    issuer,
    tokenEndpoint: endpoints.token,
    registrationEndpoint: endpoints.registration,
    introspectionEndpoint: endpoints.introspection,
    client: { id: registered.client_id, secret: registered.client_secret },
    introspectableTokenParams: {},
    child,
  };
}

/** oidc-provider 9 with the equivalent configuration (bench/oidc-provider-server.ts), in-memory storage. */
export async function startReferenceServer(cleanup: Cleanup): Promise<ServerUnderTest> {
  const label = 'oidc-provider 9';
  const port = await freePort();
  const issuer = `http://127.0.0.1:${port}`;
  const client = { id: `bench-${randomBytes(8).toString('hex')}`, secret: randomBytes(32).toString('base64url') };
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    BENCH_PORT: String(port),
    BENCH_CLIENT_ID: client.id,
    BENCH_CLIENT_SECRET: client.secret,
  };
  const child = spawnTs(label, path.join(__dirname, 'oidc-provider-server.ts'), [], env, cleanup);
  await waitForHttp(`${issuer}/.well-known/openid-configuration`, child, READY_TIMEOUT_MS);
  const endpoints = await discover(issuer);
  return {
    label,
    issuer,
    tokenEndpoint: endpoints.token,
    registrationEndpoint: endpoints.registration,
    introspectionEndpoint: endpoints.introspection,
    client,
    introspectableTokenParams: { resource: OPAQUE_RESOURCE },
    child,
  };
}
