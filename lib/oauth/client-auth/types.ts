import type { SecretBox } from '../../crypto/secret-box';
import type { Db } from '../../db/client';
import type { ClientRecordForAuth } from './client-lookup';

export interface ClientAuthDeps {
  db: Db;
  /** Opens secretCiphertext, the key of client_secret_jwt assertions. */
  secretBox: SecretBox;
  /** The hardened outbound fetcher (lib/net/safe-fetch.ts) in production; used for jwks_uri. */
  fetchJson: (url: string) => Promise<unknown>;
  issuer: string;
  /** The URL of the endpoint being called: assertions may name it or the issuer as audience. */
  endpointUrl: string;
  /** Milliseconds since the epoch. */
  now?: () => number;
  /** Bounds exp - now and exp - iat of client assertions; 300 unless set. */
  maxAssertionLifetimeSeconds?: number;
}

export interface AuthenticatedClient {
  client: ClientRecordForAuth;
  method: string;
}
