import { defineConfig } from 'prisma/config';

// Only `prisma generate` runs through the Prisma CLI; migrations go through lib/db/migrations.ts.
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
});
