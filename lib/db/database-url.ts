import path from 'node:path';
import { readConfig } from '../config';
import { openEmbeddedDatabase, type EmbeddedDatabase } from './embedded';

/**
 * The one place that decides where the data lives: DATABASE_URL when set, otherwise the embedded
 * database under DATA_DIR. Everything after this sees a plain PostgreSQL URL.
 */
export interface ResolvedDatabase {
  url: string;
  embedded: boolean;
  /** True when this process opened the embedded files (and so must close them on exit). */
  ownsFiles: boolean;
  close(): Promise<void>;
}

export async function resolveDatabase(env: NodeJS.ProcessEnv = process.env): Promise<ResolvedDatabase> {
  const config = readConfig(env);
  if (config.DATABASE_URL) {
    return { url: config.DATABASE_URL, embedded: false, ownsFiles: false, close: async () => {} };
  }
  const embedded: EmbeddedDatabase = await openEmbeddedDatabase(path.resolve(config.DATA_DIR));
  return { url: embedded.url, embedded: true, ownsFiles: embedded.owner, close: () => embedded.stop() };
}
