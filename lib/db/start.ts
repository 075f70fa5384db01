import { startDatabase } from './client';
import { applyMigrations } from './migrations';

/** Opens the database for the server or the CLI and applies pending migrations first. */
export function startMigratedDatabase(log: (line: string) => void) {
  return startDatabase({
    async migrate(url) {
      const { applied } = await applyMigrations(url, { log });
      if (applied.length > 0) log(`applied migrations: ${applied.join(', ')}`);
    },
  });
}
