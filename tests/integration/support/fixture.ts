import { afterAll, beforeAll } from 'vitest';
import { createPrismaClient, type Db } from '@/lib/db/client';
import { applyMigrations } from '@/lib/db/migrations';
import type { DatabaseTarget, TestDatabase } from './databases';

export interface DatabaseFixture {
  db: Db;
  database: TestDatabase;
}

/** Registers hooks that create, migrate and finally drop a database of the given kind for one suite. */
export function useMigratedDatabase(target: DatabaseTarget): () => DatabaseFixture {
  let fixture: DatabaseFixture | undefined;
  beforeAll(async () => {
    const database = await target.create();
    await applyMigrations(database.url);
    fixture = { database, db: createPrismaClient(database.url, { embedded: database.kind === 'embedded' }) };
  });
  afterAll(async () => {
    await fixture?.db.$disconnect();
    await fixture?.database.drop();
  });
  return () => {
    if (!fixture) throw new Error('the database fixture is used outside a test');
    return fixture;
  };
}
