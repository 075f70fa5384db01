'use client';

import { useState, useTransition } from 'react';
import { checkJwksUriAction } from '@/app/console/clients/[clientId]/actions';
import type { KeySummary } from '@/lib/console/client-keys';
import { Alert } from '../ui/alert';
import { Button } from '../ui/button';
import { KeyTable } from './key-table';

/** Keys behind a jwks_uri change without the registry knowing, so they are read on demand, not stored. */
export function CheckJwksUri({ clientId, uri }: { clientId: string; uri: string }) {
  const [keys, setKeys] = useState<KeySummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  const check = () => {
    setError(null);
    startTransition(async () => {
      const result = await checkJwksUriAction({ clientId });
      if (!result.ok) {
        setKeys(null);
        setError(result.error);
        return;
      }
      setKeys(result.data.keys);
    });
  };

  return (
    <div className="space-y-2">
      <p className="text-sm">
        Keys published at <code className="break-all">{uri}</code>; the server re-reads them when an assertion names a key it has not seen.
      </p>
      <Button type="button" variant="secondary" onClick={check} disabled={pending}>
        {pending ? 'Fetching…' : 'Fetch the keys now'}
      </Button>
      <div aria-live="polite">
        {error ? <Alert tone="error">{error}</Alert> : null}
        {keys ? <KeyTable keys={keys} /> : null}
      </div>
    </div>
  );
}
