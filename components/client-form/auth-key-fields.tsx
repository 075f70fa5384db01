'use client';

import { useWatch } from 'react-hook-form';
import type { ClientFormValues } from '@/lib/console/new-client/form-values';
import { useLiveAnalysis } from './live-analysis';
import { SelectInput } from './select-input';
import { TextInput } from './text-input';

const HMAC = /^HS\d+$/;

/**
 * JWT-based client authentication needs an algorithm, and private_key_jwt also needs the public
 * keys; the inputs appear only for those methods so other clients are not asked about keys.
 */
export function AuthKeyFields() {
  const method = useWatch<ClientFormValues, 'token_endpoint_auth_method'>({ name: 'token_endpoint_auth_method' });
  const { context } = useLiveAnalysis();
  if (method !== 'private_key_jwt' && method !== 'client_secret_jwt') return null;
  const symmetric = method === 'client_secret_jwt';
  const algs = context.supported.tokenEndpointAuthSigningAlgs.filter((alg) => HMAC.test(alg) === symmetric);
  return (
    <div className="space-y-3 rounded-md border border-slate-200 p-3 dark:border-slate-800">
      <SelectInput name="token_endpoint_auth_signing_alg" label="Signing algorithm for the client assertion" options={algs} defaultLabel="Any the server supports" />
      {symmetric ? null : (
        <>
          <TextInput name="jwks_uri" label="JWKS URI" type="url" placeholder="https://app.example.com/.well-known/jwks.json" hint="Where the client publishes its public keys; preferred, because keys can rotate without re-registering." />
          <TextInput name="jwks" label="JWKS (JSON)" multiline={6} hint='Or the public keys by value: {"keys": [ … ]}. Never paste a private key.' />
        </>
      )}
    </div>
  );
}
