import { readConfig } from '../../config';
import { createHmac } from 'node:crypto';
import type { SecretBox } from '../../crypto/secret-box';
import { serverMasterSecret, serverSecretBox } from '../../crypto/server-secret';
import { getDb, type Db } from '../../db/client';
import type { SigningAlg } from '../../keys';
import { metadataFetcher } from '../../net/metadata-fetcher';
import type { ClientAuthDeps } from '../client-auth';
import { cachedTokenLifetimes, type TokenLifetimes } from './lifetime-settings';

/** What the token, introspection and revocation endpoints need, injected so tests can build it. */
export interface TokenRuntime {
  db: Db;
  issuer: string;
  /** Opens client secrets kept for client_secret_jwt. */
  secretBox: SecretBox;
  /** Opens the server's private signing keys. */
  keyBox: SecretBox;
  fetchJson: (url: string) => Promise<unknown>;
  accessTokenAlg: SigningAlg;
  /** Mixed into pairwise subject identifiers so they cannot be computed from a user id. */
  pairwiseSalt: string;
  /** Public clients always rotate refresh tokens; this decides for confidential ones. */
  rotateConfidentialRefreshTokens: boolean;
  /**
   * Pins the default access (and ID) token lifetime, for tests and benchmarks that need a fixed
   * expiry. The server leaves it unset: the lifetime an admin sets in the console applies.
   */
  defaultAccessTokenLifetimeSeconds?: number;
}

let cached: { db: Db; runtime: TokenRuntime } | undefined;

/**
 * The endpoints' runtime for this server, built once per database: configuration, derived keys
 * and salts do not change while the process runs, and rebuilding them per request showed in profiles.
 */
export async function tokenRuntime(): Promise<TokenRuntime> {
  const db = await getDb();
  if (cached?.db === db) return cached.runtime;
  const runtime = buildTokenRuntime(db);
  cached = { db, runtime };
  return runtime;
}

function buildTokenRuntime(db: Db): TokenRuntime {
  const config = readConfig();
  return {
    db,
    issuer: config.APP_URL,
    secretBox: serverSecretBox('client-secret'),
    keyBox: serverSecretBox('signing-key'),
    fetchJson: metadataFetcher(config),
    accessTokenAlg: 'ES256',
    rotateConfidentialRefreshTokens: true,
    pairwiseSalt: createHmac('sha256', serverMasterSecret()).update('pairwise-subject').digest('base64url'),
  };
}

/**
 * The server-wide token lifetimes in force: the console's settings, read through a cache of a few
 * seconds (lifetime-settings.ts), so a change applies without a restart and without a read per request.
 */
export async function serverTokenLifetimes(runtime: Pick<TokenRuntime, 'db' | 'defaultAccessTokenLifetimeSeconds'>): Promise<TokenLifetimes> {
  const lifetimes = await cachedTokenLifetimes(runtime.db);
  if (runtime.defaultAccessTokenLifetimeSeconds === undefined) return lifetimes;
  return { ...lifetimes, accessTokenLifetimeSeconds: runtime.defaultAccessTokenLifetimeSeconds };
}

export const tokenEndpointUrl = (issuer: string) => `${issuer}/oauth/token`;
export const introspectionEndpointUrl = (issuer: string) => `${issuer}/oauth/introspect`;
export const revocationEndpointUrl = (issuer: string) => `${issuer}/oauth/revoke`;
export const jwksUrl = (issuer: string) => `${issuer}/oauth/jwks`;

export function clientAuthDeps(runtime: TokenRuntime, endpointUrl: string): ClientAuthDeps {
  return { db: runtime.db, secretBox: runtime.secretBox, fetchJson: runtime.fetchJson, issuer: runtime.issuer, endpointUrl };
}
