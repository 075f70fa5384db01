import type { AppConfig } from '../config';
import { safeFetchJson } from './safe-fetch';

/**
 * The fetcher for documents registrants point at (jwks_uri, sector identifiers, publishers' keys).
 * Development setups may lift the https and address rules with ALLOW_INSECURE_METADATA_FETCH.
 */
export function metadataFetcher(config: Pick<AppConfig, 'ALLOW_INSECURE_METADATA_FETCH'>): (url: string) => Promise<unknown> {
  const options = config.ALLOW_INSECURE_METADATA_FETCH ? { allowHttp: true, allowPrivateNetworks: true } : {};
  return (url) => safeFetchJson(url, options);
}
