import Link from 'next/link';
import { summarizeJwks } from '@/lib/console/client-keys';
import type { NormalizedClientMetadata } from '@/lib/metadata';
import { CheckJwksUri } from './check-jwks-uri';
import { KeyTable } from './key-table';

/**
 * The public keys a private_key_jwt client signs its assertions with (RFC 7523), by value or by
 * reference. Keys are changed in the settings, where the rulebook checks the whole registration.
 */
export async function ClientKeys({ clientId, metadata }: { clientId: string; metadata: NormalizedClientMetadata }) {
  return (
    <div className="space-y-3">
      <h3 className="text-sm font-semibold">Keys for private_key_jwt</h3>
      {metadata.jwks_uri ? <CheckJwksUri clientId={clientId} uri={metadata.jwks_uri} /> : <KeyTable keys={await summarizeJwks(metadata.jwks)} />}
      <Link href={`/console/clients/${encodeURIComponent(clientId)}/edit`} className="text-sm text-indigo-700 underline dark:text-indigo-300">
        Add, replace or remove keys in the settings
      </Link>
    </div>
  );
}
