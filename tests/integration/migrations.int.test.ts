// Migrations through the WebAssembly schema engine, against real databases: an in-memory PGlite
// served over a socket, and a database created on a PostgreSQL server. Each suite works on a
// copy of prisma/migrations and prisma/schema.prisma, so the repository is never written.
import { createHash, randomBytes } from 'node:crypto';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyMigrations, createMigration } from '@/lib/db/migrations';

const root = fileURLToPath(new URL('../..', import.meta.url));
const repoMigrationsDir = path.join(root, 'prisma/migrations');
const repoSchemaPath = path.join(root, 'prisma/schema.prisma');
// Later than any real migration, so generated directories sort last and have fixed names.
const FUTURE = new Date('2099-01-01T00:00:00Z');

type Row = Record<string, unknown>;

interface TargetDatabase {
  url: string;
  query(sql: string, params?: unknown[]): Promise<Row[]>;
  drop(): Promise<void>;
}

async function startPglite(): Promise<TargetDatabase> {
  // The migrations create pg_trgm, which PGlite only has when given it.
  const db = new PGlite({ extensions: { pg_trgm } });
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0 });
  await server.start();
  return {
    url: `postgresql://postgres@${server.getServerConn()}/postgres`,
    // Straight to PGlite: the socket serves a single connection, which the engine uses.
    query: async (sql, params) => (await db.query<Row>(sql, params)).rows,
    async drop() {
      await server.stop();
      await db.close();
    },
  };
}

const serverUrl = process.env.TEST_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

async function withClient<T>(url: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

async function startServerDatabase(): Promise<TargetDatabase> {
  const name = `migrations_test_${randomBytes(4).toString('hex')}`;
  await withClient(serverUrl, (client) => client.query(`CREATE DATABASE "${name}"`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    query: (sql, params) => withClient(url.toString(), async (client) => (await client.query<Row>(sql, params)).rows),
    async drop() {
      await withClient(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    },
  };
}

/** Null when the server answers, else why not. */
async function serverUnreachable(): Promise<string | null> {
  try {
    await withClient(serverUrl, (client) => client.query('SELECT 1'));
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

async function migrationNames(migrationsDir: string): Promise<string[]> {
  const entries = await readdir(migrationsDir, { withFileTypes: true });
  return entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort((a, b) => a.localeCompare(b));
}

function defineSuite(title: string, start: () => Promise<TargetDatabase>) {
  describe(title, () => {
    let database: TargetDatabase;
    let workDir: string;
    let migrationsDir: string;
    let schemaPath: string;

    beforeAll(async () => {
      workDir = await mkdtemp(path.join(os.tmpdir(), 'migrations-test-'));
      migrationsDir = path.join(workDir, 'migrations');
      schemaPath = path.join(workDir, 'schema.prisma');
      await cp(repoMigrationsDir, migrationsDir, { recursive: true });
      await cp(repoSchemaPath, schemaPath);
      database = await start();
    });

    afterAll(async () => {
      await database?.drop();
      if (workDir) await rm(workDir, { recursive: true, force: true });
    });

    it('applies the migrations once, then nothing', async () => {
      const all = await migrationNames(migrationsDir);
      expect(all.some((name) => /^\d{14}_init$/.test(name))).toBe(true);

      const lines: string[] = [];
      expect(await applyMigrations(database.url, { migrationsDir, log: (line) => lines.push(line) })).toEqual({
        applied: all,
      });
      expect(lines).toContain(`Applying \`${all[0]}\``);
      expect(await applyMigrations(database.url, { migrationsDir })).toEqual({ applied: [] });

      const tables = await database.query(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'",
      );
      expect(tables.map((row) => row.table_name)).toEqual(
        expect.arrayContaining(['users', 'clients', 'initial_access_tokens', 'audit_events', '_prisma_migrations']),
      );
    });

    it('writes a migration for a schema change and applies only that one', async () => {
      const schema = await readFile(schemaPath, 'utf8');
      const changed = schema.replace(/^model User \{\n/m, (line) => `${line}  nickname String?\n`);
      expect(changed).not.toBe(schema);
      await writeFile(schemaPath, changed);

      const created = await createMigration('add_nickname', { schemaPath, migrationsDir, now: FUTURE });
      expect(created).not.toBeNull();
      expect(created!.directory).toBe(path.join(migrationsDir, '20990101000000_add_nickname'));
      expect(created!.sql).toMatch(/ALTER TABLE "users" ADD COLUMN\s+"nickname" TEXT;/);
      expect(created!.sql).not.toMatch(/CREATE TABLE/);
      expect(await readFile(path.join(created!.directory, 'migration.sql'), 'utf8')).toBe(created!.sql);

      expect(await applyMigrations(database.url, { migrationsDir })).toEqual({
        applied: ['20990101000000_add_nickname'],
      });
      const columns = await database.query(
        "SELECT data_type, is_nullable FROM information_schema.columns WHERE table_name = 'users' AND column_name = 'nickname'",
      );
      expect(columns).toEqual([{ data_type: 'text', is_nullable: 'YES' }]);

      const before = await migrationNames(migrationsDir);
      const again = await createMigration('add_nickname_again', {
        schemaPath,
        migrationsDir,
        now: new Date('2099-01-02T00:00:00Z'),
      });
      expect(again).toBeNull();
      expect(await migrationNames(migrationsDir)).toEqual(before);
    });

    it('records each migration as prisma migrate deploy does', async () => {
      const rows = await database.query(
        'SELECT migration_name, checksum, finished_at, rolled_back_at, applied_steps_count FROM _prisma_migrations ORDER BY migration_name',
      );
      const names = await migrationNames(migrationsDir);
      expect(rows.map((row) => row.migration_name)).toEqual(names);
      for (const row of rows) {
        // Prisma's checksum is the SHA-256 of the migration file, in lowercase hex.
        const file = await readFile(path.join(migrationsDir, String(row.migration_name), 'migration.sql'));
        expect(row.checksum).toBe(createHash('sha256').update(file).digest('hex'));
        expect(row.finished_at).toBeInstanceOf(Date);
        expect(row.rolled_back_at).toBeNull();
        expect(row.applied_steps_count).toBe(1);
      }
    });

    it('names the migration that fails, and refuses to go on until it is resolved', async () => {
      const broken = path.join(migrationsDir, '20990103000000_broken');
      await mkdir(broken);
      await writeFile(path.join(broken, 'migration.sql'), 'SELECT * FROM "no_such_table";\n');

      await expect(applyMigrations(database.url, { migrationsDir })).rejects.toThrow(
        /^Migration 20990103000000_broken failed: .*no_such_table/,
      );
      // The failure is on record for `prisma migrate status` and `migrate resolve`.
      const [failed] = await database.query(
        "SELECT finished_at, logs FROM _prisma_migrations WHERE migration_name = '20990103000000_broken'",
      );
      expect(failed?.finished_at).toBeNull();
      expect(String(failed?.logs)).toContain('no_such_table');
      await expect(applyMigrations(database.url, { migrationsDir })).rejects.toThrow(
        /^Migration 20990103000000_broken failed in an earlier run/,
      );
    });
  });
}

defineSuite('migrations on an in-memory PGlite', startPglite);

const unreachable = await serverUnreachable();
if (unreachable !== null && !process.env.CI) {
  // Outside CI a missing server is a skip; in CI the suite runs and fails on the connection.
  describe.skip(`migrations on PostgreSQL: skipped, no server at ${new URL(serverUrl).host} (${unreachable})`, () => {
    it('needs a PostgreSQL server (set TEST_DATABASE_URL)', () => {});
  });
} else {
  defineSuite(`migrations on PostgreSQL at ${new URL(serverUrl).host}`, startServerDatabase);
}

describe('createMigration', () => {
  it('rejects names other than lowercase letters, digits and underscores', async () => {
    const migrationsDir = await mkdtemp(path.join(os.tmpdir(), 'migrations-test-'));
    try {
      for (const name of ['', 'AddNickname', 'add-nickname', 'add nickname', '../escape']) {
        await expect(createMigration(name, { migrationsDir, schemaPath: repoSchemaPath })).rejects.toThrow(
          /^Invalid migration name/,
        );
      }
      expect(await readdir(migrationsDir)).toEqual([]);
    } finally {
      await rm(migrationsDir, { recursive: true, force: true });
    }
  });

  it('starts a migrations folder from the schema alone, with its lock file', async () => {
    const migrationsDir = path.join(await mkdtemp(path.join(os.tmpdir(), 'migrations-test-')), 'migrations');
    try {
      const created = await createMigration('init', { migrationsDir, schemaPath: repoSchemaPath, now: FUTURE });
      expect(created?.directory).toBe(path.join(migrationsDir, '20990101000000_init'));
      expect(created?.sql).toMatch(/CREATE TABLE "users"/);
      expect(await readFile(path.join(migrationsDir, 'migration_lock.toml'), 'utf8')).toMatch(
        /^provider = "postgresql"$/m,
      );
    } finally {
      await rm(path.dirname(migrationsDir), { recursive: true, force: true });
    }
  });
});
