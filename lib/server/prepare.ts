import { resolveAuthSecret } from '../auth/secret';
import { readConfig, type AppConfig } from '../config';
import { serverSecretBox } from '../crypto/server-secret';
import { ensureSigningKeys, signingAlgs } from '../keys';
import type { Db } from '../db/client';
import { startMigratedDatabase } from '../db/start';
import { bootstrapAdminFromEnv } from '../users/bootstrap';

export interface PreparedApp {
  config: AppConfig;
  db: Db;
  embedded: boolean;
}

/**
 * Everything that must hold before the first request: configuration read, database reachable and
 * migrated, session secret known, first admin created when the environment names one, signing keys present.
 */
export async function prepareApp(log: (line: string) => void): Promise<PreparedApp> {
  const config = readConfig();
  const { prisma, database } = await startMigratedDatabase(log);
  log(database.embedded ? `embedded database at ${database.url.replace(/\?.*$/, '')}` : 'using DATABASE_URL');
  const secret = await resolveAuthSecret(prisma, config, log);
  // next-auth reads these two names; APP_URL is the one the operator sets.
  process.env.NEXTAUTH_SECRET = secret;
  process.env.NEXTAUTH_URL = config.APP_URL;
  await bootstrapAdminFromEnv(prisma, config, log);
  // One key per algorithm clients may choose for their ID tokens (discovery advertises them all).
  const created = await ensureSigningKeys(prisma, serverSecretBox('signing-key'), { algs: signingAlgs });
  for (const key of created) log(`created ${key.alg} signing key ${key.kid}`);
  return { config, db: prisma, embedded: database.embedded };
}
