import { readConfig, type AppConfig } from '../config';
import { serverSecretBox } from '../crypto/server-secret';
import { getDb } from '../db/client';
import { safeFetchJson } from '../net/safe-fetch';
import type { RegistrationDeps } from './service';

export interface RegistrationRuntime extends RegistrationDeps {
  config: AppConfig;
}

/** The registration service wired to this server: its database, issuer, fetcher and keys. */
export async function registrationRuntime(): Promise<RegistrationRuntime> {
  const config = readConfig();
  const devFetch = config.ALLOW_INSECURE_METADATA_FETCH;
  return {
    config,
    db: await getDb(),
    issuer: config.APP_URL,
    secretBox: serverSecretBox('client-secret'),
    // Development setups serve jwks_uri and sector identifiers from localhost over http.
    fetchJson: (url) => safeFetchJson(url, devFetch ? { allowHttp: true, allowPrivateNetworks: true } : {}),
  };
}
