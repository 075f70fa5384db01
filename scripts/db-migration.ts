// `npm run db:migration -- <name>`: writes prisma/migrations/<timestamp>_<name>/migration.sql with
// the SQL that brings a database migrated with the existing migrations to prisma/schema.prisma.
// Needs no database: the engine replays the migrations on a throwaway in-memory PGlite.
import path from 'node:path';
import { createMigration, MIGRATION_NAME_PATTERN } from '../lib/db/migrations';

const USAGE =
  'usage: npm run db:migration -- <name>\n' +
  '  <name>: lowercase letters, digits and underscores, e.g. add_user_nickname';

async function main(argv: string[]): Promise<number> {
  const [name, ...extra] = argv;
  if (name === undefined || extra.length > 0 || !MIGRATION_NAME_PATTERN.test(name)) {
    if (name !== undefined && !MIGRATION_NAME_PATTERN.test(name)) {
      console.error(`invalid migration name: ${JSON.stringify(name)}`);
    }
    console.error(USAGE);
    return 2;
  }
  const created = await createMigration(name);
  if (created === null) {
    console.log('No changes: schema.prisma matches the migrations.');
    return 0;
  }
  console.log(path.relative(process.cwd(), created.directory) || created.directory);
  return 0;
}

main(process.argv.slice(2))
  .then((code) => process.exit(code))
  .catch((error: unknown) => {
    console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
