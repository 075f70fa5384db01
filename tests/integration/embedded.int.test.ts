import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createPrismaClient } from '@/lib/db/client';
import { LOCK_FILE, openEmbeddedDatabase } from '@/lib/db/embedded';
import { applyMigrations } from '@/lib/db/migrations';
import { hashOpaqueToken } from '@/lib/crypto/opaque-token';
import { lastJsonLine, runTs } from './support/run-node';

const cleanup: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});

function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'registry-embedded-'));
  cleanup.push(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

function cliEnv(dataDir: string): Record<string, string> {
  return { DATA_DIR: dataDir, DATABASE_URL: '' };
}

describe('the embedded database', () => {
  it('keeps its data across a restart', async () => {
    const dir = tempDir();
    const first = await openEmbeddedDatabase(dir);
    await applyMigrations(first.url);
    const db = createPrismaClient(first.url, { embedded: true });
    await db.setting.create({ data: { key: 'kept', value: { across: 'restarts' } } });
    await db.$disconnect();
    await first.stop();
    expect(fs.existsSync(path.join(dir, LOCK_FILE))).toBe(false);

    const second = await openEmbeddedDatabase(dir);
    cleanup.push(() => second.stop());
    const again = createPrismaClient(second.url, { embedded: true });
    cleanup.push(() => again.$disconnect());
    expect((await again.setting.findUniqueOrThrow({ where: { key: 'kept' } })).value).toEqual({ across: 'restarts' });
  });

  it('lets the CLI work through the socket of the process that owns the files', async () => {
    const dir = tempDir();
    const owner = await openEmbeddedDatabase(dir);
    cleanup.push(() => owner.stop());
    await applyMigrations(owner.url);

    const created = await runTs('cli/index.ts', ['initial-access-token', 'create', '--expires-in', '600', '--max-uses', '2', '--json'], cliEnv(dir));
    expect(created.stderr).toBe('');
    expect(created.code).toBe(0);
    const { token } = lastJsonLine(created.stdout);
    expect(token).toMatch(/^iat_/);

    const db = createPrismaClient(owner.url, { embedded: true });
    cleanup.push(() => db.$disconnect());
    const stored = await db.initialAccessToken.findFirstOrThrow({ omit: { tokenHash: false } });
    expect(stored.tokenHash).toBe(hashOpaqueToken(String(token)));
    expect(stored.maxUses).toBe(2);
  });

  it('is opened by the CLI itself when no server runs, and released afterwards', async () => {
    const dir = tempDir();
    const created = await runTs('cli/index.ts', ['user', 'create', '--email', 'ops@example.test', '--password', 'long enough pw', '--role', 'admin', '--json'], cliEnv(dir));
    expect(created.code).toBe(0);
    expect(lastJsonLine(created.stdout)).toMatchObject({ email: 'ops@example.test', role: 'admin' });
    expect(fs.existsSync(path.join(dir, LOCK_FILE))).toBe(false);

    const listed = await runTs('cli/index.ts', ['user', 'list', '--json'], cliEnv(dir));
    expect(lastJsonLine(listed.stdout)).toMatchObject({ users: [{ email: 'ops@example.test', role: 'admin', disabled: false }] });
  });

  it('takes over the lock of a process that died', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, LOCK_FILE), JSON.stringify({ pid: 2 ** 22 + 12345, port: 1, startedAt: '' }));
    const db = await openEmbeddedDatabase(dir);
    cleanup.push(() => db.stop());
    expect(db.owner).toBe(true);
  });

  it('refuses a folder locked by a live process that does not answer', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, LOCK_FILE), JSON.stringify({ pid: process.ppid, port: 1, startedAt: '' }));
    await expect(openEmbeddedDatabase(dir, { waitMs: 300 })).rejects.toThrow(`is locked by process ${process.ppid}`);
  });

  it('refuses a data folder that is not a database and leaves its files alone', async () => {
    const dir = tempDir();
    const pgdata = path.join(dir, 'pgdata');
    fs.mkdirSync(pgdata);
    fs.writeFileSync(path.join(pgdata, 'precious.txt'), 'keep me');
    await expect(openEmbeddedDatabase(dir)).rejects.toThrow(/not an embedded database .* left untouched/);
    expect(fs.readdirSync(pgdata)).toEqual(['precious.txt']);
    expect(fs.existsSync(path.join(dir, LOCK_FILE))).toBe(false);
  });

  it('reports a damaged database clearly without overwriting it', async () => {
    const dir = tempDir();
    const first = await openEmbeddedDatabase(dir);
    await first.stop();
    const pgdata = path.join(dir, 'pgdata');
    fs.writeFileSync(path.join(pgdata, 'global', 'pg_control'), 'garbage');
    const before = fs.readdirSync(pgdata).sort();
    await expect(openEmbeddedDatabase(dir)).rejects.toThrow(/could not be opened .* left untouched/);
    // PostgreSQL's own postmaster.pid may appear; every file that was there is still there.
    expect(fs.readdirSync(pgdata).filter((name) => name !== 'postmaster.pid').sort()).toEqual(before);
    expect(fs.readFileSync(path.join(pgdata, 'global', 'pg_control'), 'utf8')).toBe('garbage');
  });
});

describe('starting with a bad configuration', () => {
  it('stops the server with one line naming the database it could not reach', async () => {
    const result = await runTs('server.ts', [], { DATABASE_URL: 'postgresql://nobody:secret-pw@127.0.0.1:1/registry', PORT: '0' });
    expect(result.code).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^\[registry\] cannot start: cannot reach the database at postgresql:\/\/nobody:\*\*\*@127\.0\.0\.1:1\/registry/);
    expect(result.stderr).not.toContain('secret-pw');
  });

  it('answers bad CLI arguments with the usage and exit code 2', async () => {
    const result = await runTs('cli/index.ts', ['user', 'create', '--email', 'a@b.test'], { DATA_DIR: tempDir() });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--password is required');
    expect(result.stderr).toContain('Usage: npm run cli');
  });
});
