// `npm run db:migrate`: applies pending migrations to DATABASE_URL or to the embedded database
// (through the running server's socket when one is up).
import { resolveDatabase } from '../lib/db/database-url';
import { applyMigrations } from '../lib/db/migrations';

async function main(): Promise<number> {
  const database = await resolveDatabase();
  try {
    const { applied } = await applyMigrations(database.url, { log: (line) => console.error(line) });
    console.log(applied.length ? `applied: ${applied.join(', ')}` : 'the database is up to date');
    return 0;
  } finally {
    await database.close();
  }
}

main()
  .then((code) => process.exit(code))
  .catch((error: unknown) => {
    console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
