import { readConfig, type AppConfig } from '../config';
import { serverSecretBox } from '../crypto/server-secret';
import { getDb } from '../db/client';
import { metadataFetcher } from '../net/metadata-fetcher';
import type { RegistrationDeps } from './service';

export interface RegistrationRuntime extends RegistrationDeps {
  config: AppConfig;
}

let cached: RegistrationRuntime | undefined;

/** The registration service wired to this server: its database, issuer, fetcher and keys (built once per database). */
export async function registrationRuntime(): Promise<RegistrationRuntime> {
  const db = await getDb();
  if (cached?.db === db) return cached;
  const config = readConfig();
  cached = { config, db, issuer: config.APP_URL, secretBox: serverSecretBox('client-secret'), fetchJson: metadataFetcher(config) };
  return cached;
}
