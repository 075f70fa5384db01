import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openEmbeddedDatabase } from '@/lib/db/embedded';

/**
 * Integration suites run against both kinds of PostgreSQL the product supports: the embedded
 * PGlite and a PostgreSQL server. Each run gets a database of its own, created and dropped here.
 */
export interface TestDatabase {
  kind: 'embedded' | 'server';
  url: string;
  drop(): Promise<void>;
}

export interface DatabaseTarget {
  kind: TestDatabase['kind'];
  /** Why this target is skipped, or null when it runs. */
  skipReason: string | null;
  create(): Promise<TestDatabase>;
}

const serverUrl = process.env.TEST_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

async function serverReachable(): Promise<string | null> {
  const client = new pg.Client({ connectionString: serverUrl, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return null;
  } catch (error) {
    return (error as Error).message;
  } finally {
    await client.end().catch(() => {});
  }
}

function withDatabase(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export const embeddedTarget: DatabaseTarget = {
  kind: 'embedded',
  skipReason: null,
  async create() {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'registry-test-'));
    const embedded = await openEmbeddedDatabase(dir);
    return {
      kind: 'embedded',
      url: embedded.url,
      async drop() {
        await embedded.stop();
        fs.rmSync(dir, { recursive: true, force: true });
      },
    };
  },
};

async function makeServerTarget(): Promise<DatabaseTarget> {
  const unreachable = await serverReachable();
  // CI always has a server: there, an unreachable one is a failure, not a skip.
  const skipReason = unreachable && !process.env.CI ? `no PostgreSQL server at ${new URL(serverUrl).host} (${unreachable})` : null;
  return {
    kind: 'server',
    skipReason,
    async create() {
      const name = `registry_test_${randomBytes(6).toString('hex')}`;
      await adminQuery(`CREATE DATABASE ${name}`);
      return {
        kind: 'server',
        url: withDatabase(serverUrl, name),
        drop: () => adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
      };
    },
  };
}

let targets: Promise<DatabaseTarget[]> | undefined;

export function databaseTargets(): Promise<DatabaseTarget[]> {
  targets ??= makeServerTarget().then((server) => {
    if (server.skipReason) console.warn(`[integration] PostgreSQL server half skipped: ${server.skipReason}`);
    return [embeddedTarget, server];
  });
  return targets;
}
