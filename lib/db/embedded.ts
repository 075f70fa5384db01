import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';

/**
 * The embedded PostgreSQL: PGlite with its files under DATA_DIR, served over the PostgreSQL wire
 * protocol on 127.0.0.1 so the rest of the product sees an ordinary connection URL.
 *
 * PGlite files must be opened by one process only, so the process that opens them writes a lock
 * file naming its pid and port. Any other process (the CLI while the server runs, a second test
 * command) finds that file and connects to the owner's socket instead of opening the files.
 */

export const LOCK_FILE = 'embedded-db.json';
const PGDATA_DIR = 'pgdata';

export class EmbeddedDatabaseError extends Error {
  override name = 'EmbeddedDatabaseError';
}

export interface EmbeddedDatabase {
  url: string;
  /** True when this process opened the files; false when it reached another process's socket. */
  owner: boolean;
  stop(): Promise<void>;
}

interface LockRecord {
  pid: number;
  port: number | null;
  startedAt: string;
}

export function embeddedUrl(port: number): string {
  return `postgresql://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable`;
}

function readLock(lockPath: string): LockRecord | null {
  let text: string;
  try {
    text = fs.readFileSync(lockPath, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  try {
    const parsed = JSON.parse(text) as Partial<LockRecord>;
    if (typeof parsed.pid === 'number') {
      return { pid: parsed.pid, port: typeof parsed.port === 'number' ? parsed.port : null, startedAt: String(parsed.startedAt ?? '') };
    }
  } catch {
    // A half-written lock is treated like a lock of a process that is still starting.
  }
  return { pid: -1, port: null, startedAt: '' };
}

function processAlive(pid: number): boolean {
  if (pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function canConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(2000, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Returns the URL of another live process's embedded database, or null when nobody holds the lock. */
async function findRunningOwner(lockPath: string, waitMs: number): Promise<string | null> {
  const deadline = Date.now() + waitMs;
  for (;;) {
    const lock = readLock(lockPath);
    if (!lock) return null;
    if (lock.pid === process.pid) {
      throw new EmbeddedDatabaseError(`this process already opened the embedded database (${lockPath})`);
    }
    const alive = lock.pid === -1 ? Date.now() < deadline : processAlive(lock.pid);
    if (!alive) {
      // The owner died without cleaning up; its lock no longer protects anything.
      fs.rmSync(lockPath, { force: true });
      return null;
    }
    if (lock.port !== null && (await canConnect(lock.port))) return embeddedUrl(lock.port);
    if (Date.now() >= deadline) {
      throw new EmbeddedDatabaseError(
        `the embedded database in ${path.dirname(lockPath)} is locked by process ${lock.pid}, which does not answer` +
          (lock.port === null ? '' : ` on port ${lock.port}`) +
          `; stop that process, or remove ${lockPath} if it is not a registry process`,
      );
    }
    await sleep(200);
  }
}

function takeLock(lockPath: string): boolean {
  try {
    const record: LockRecord = { pid: process.pid, port: null, startedAt: new Date().toISOString() };
    fs.writeFileSync(lockPath, JSON.stringify(record), { flag: 'wx', mode: 0o600 });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

/** Refuses folders that hold files but not a PostgreSQL cluster, so nothing foreign is overwritten. */
function checkDataFolder(pgdata: string): void {
  if (!fs.existsSync(pgdata)) return;
  const entries = fs.readdirSync(pgdata);
  if (entries.length > 0 && !entries.includes('PG_VERSION')) {
    throw new EmbeddedDatabaseError(
      `${pgdata} is not an embedded database (no PG_VERSION file) and was left untouched; point DATA_DIR at an empty folder or restore it`,
    );
  }
}

async function openOwned(dataDir: string, lockPath: string, port: number): Promise<EmbeddedDatabase> {
  const pgdata = path.join(dataDir, PGDATA_DIR);
  const releaseLock = () => {
    const lock = readLock(lockPath);
    if (lock?.pid === process.pid) fs.rmSync(lockPath, { force: true });
  };
  process.once('exit', releaseLock);
  try {
    checkDataFolder(pgdata);
    const { PGlite } = await import('@electric-sql/pglite');
    const { pg_trgm } = await import('@electric-sql/pglite/contrib/pg_trgm');
    const { PGLiteSocketServer } = await import('@electric-sql/pglite-socket');
    let db: InstanceType<typeof PGlite>;
    try {
      // Contrib extensions must be given at every start: the migrations create pg_trgm (the
      // clients search's indexes), and a database using it cannot be queried without it.
      db = await PGlite.create(pgdata, { extensions: { pg_trgm } });
    } catch (error) {
      throw new EmbeddedDatabaseError(
        `the embedded database in ${pgdata} could not be opened (${(error as Error).message || String(error)}); its files were left untouched`,
      );
    }
    // Several connections may attach (the server's pool, a CLI, a migration); queries are queued.
    const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port, maxConnections: 16 });
    await server.start();
    const bound = Number(server.getServerConn().split(':').pop());
    const record: LockRecord = { pid: process.pid, port: bound, startedAt: new Date().toISOString() };
    fs.writeFileSync(lockPath, JSON.stringify(record), { mode: 0o600 });
    let stopped = false;
    return {
      url: embeddedUrl(bound),
      owner: true,
      async stop() {
        if (stopped) return;
        stopped = true;
        await server.stop();
        await db.close();
        releaseLock();
        process.removeListener('exit', releaseLock);
      },
    };
  } catch (error) {
    releaseLock();
    process.removeListener('exit', releaseLock);
    throw error;
  }
}

/**
 * Opens the embedded database under `dataDir`, or reaches the process that already has it open.
 * `port` 0 lets the system choose a free port; `waitMs` bounds the wait for an owner that is still
 * starting or does not answer.
 */
export async function openEmbeddedDatabase(dataDir: string, { port = 0, waitMs = 30_000 } = {}): Promise<EmbeddedDatabase> {
  fs.mkdirSync(dataDir, { recursive: true });
  const lockPath = path.join(path.resolve(dataDir), LOCK_FILE);
  for (let attempt = 0; attempt < 20; attempt++) {
    const running = await findRunningOwner(lockPath, waitMs);
    if (running) return { url: running, owner: false, stop: async () => {} };
    if (takeLock(lockPath)) return openOwned(dataDir, lockPath, port);
    // Another process took the lock between our read and our write: wait for it to publish its port.
  }
  throw new EmbeddedDatabaseError(`could not lock the embedded database in ${dataDir}`);
}
