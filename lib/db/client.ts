import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from './generated/client';
import { resolveDatabase, type ResolvedDatabase } from './database-url';

/**
 * Columns that hold secrets are left out of every query unless a caller asks for them by name,
 * so a whole row can never carry a hash or ciphertext to a page or a response by accident.
 */
const omitSecrets = {
  user: { passwordHash: true },
  client: { secretHash: true, secretCiphertext: true, previousSecretHash: true, previousSecretCiphertext: true, registrationTokenHash: true },
  initialAccessToken: { tokenHash: true },
  // Signing keys are not listed: lib/keys names its columns in every query and seals private keys.
} as const;

export function createPrismaClient(url: string, options: { embedded: boolean }) {
  // PGlite serves one query at a time; a larger pool would only queue inside the socket server.
  const adapter = new PrismaPg({ connectionString: url, max: options.embedded ? 1 : 10 });
  return new PrismaClient({ adapter, omit: omitSecrets });
}

export type Db = ReturnType<typeof createPrismaClient>;

interface DatabaseState {
  database: ResolvedDatabase;
  prisma: Db;
}

// Next.js bundles its own copy of this module beside the server's; globalThis makes them share one state.
const STATE_KEY = Symbol.for('oidc-client-registry.database');
type GlobalWithState = typeof globalThis & { [STATE_KEY]?: Promise<DatabaseState> };
const globalState = globalThis as GlobalWithState;

export class DatabaseUnavailableError extends Error {
  override name = 'DatabaseUnavailableError';
}

/** Hides the password of a URL before it appears in a message. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(unparseable URL)';
  }
}

export interface StartOptions {
  /** Brings the schema up to date; passed in so the web bundle never loads the migration engine. */
  migrate?: (url: string) => Promise<void>;
}

async function connect({ migrate }: StartOptions): Promise<DatabaseState> {
  const database = await resolveDatabase();
  const prisma = createPrismaClient(database.url, { embedded: database.embedded });
  try {
    await prisma.$queryRawUnsafe('SELECT 1');
  } catch (error) {
    await prisma.$disconnect().catch(() => {});
    await database.close();
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new DatabaseUnavailableError(`cannot reach the database at ${redactUrl(database.url)}: ${reason}`);
  }
  // A process attached to another's embedded database finds it already migrated by its owner.
  if (migrate && (!database.embedded || database.ownsFiles)) await migrate(database.url);
  return { database, prisma };
}

/**
 * Opens the database once per process. The server and the CLI start it through
 * `startMigratedDatabase` (lib/db/start.ts); later callers share that state.
 */
export function startDatabase(options: StartOptions = {}): Promise<DatabaseState> {
  let state = globalState[STATE_KEY];
  if (!state) {
    state = connect(options);
    globalState[STATE_KEY] = state;
    // A failed start is not cached, so a later call (a health check) can try again.
    state.catch(() => {
      if (globalState[STATE_KEY] === state) delete globalState[STATE_KEY];
    });
  }
  return state;
}

export async function getDb(): Promise<Db> {
  return (await startDatabase()).prisma;
}

export async function closeDatabase(): Promise<void> {
  const state = globalState[STATE_KEY];
  if (!state) return;
  delete globalState[STATE_KEY];
  const { prisma, database } = await state.catch(() => ({ prisma: null, database: null }));
  await prisma?.$disconnect();
  await database?.close();
}
