'use client';

import { useState, useTransition } from 'react';
import { rotateClientSecretAction } from '@/app/console/clients/[clientId]/actions';
import { Alert } from '../ui/alert';
import { Button } from '../ui/button';
import { CopyButton } from '../ui/copy-button';
import { useRefreshAfterChange } from './use-client-mutation-refresh';

interface Rotated {
  clientSecret: string;
  secretExpiresAt: string | null;
  previousSecretExpiresAt: string | null;
}

const when = (iso: string | null) => (iso ? new Date(iso).toLocaleString() : 'never');

/** Issues a new secret. It exists in the browser only in this component's state, shown once. */
export function RotateSecret({ clientId }: { clientId: string }) {
  const [rotated, setRotated] = useState<Rotated | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const refresh = useRefreshAfterChange();

  const rotate = () => {
    if (!window.confirm('Issue a new client secret? The current one keeps working only until its grace period ends.')) return;
    setError(null);
    startTransition(async () => {
      const result = await rotateClientSecretAction({ clientId });
      if (!result.ok) {
        setError(result.error);
        return;
      }
      setRotated(result.data);
      refresh();
    });
  };

  return (
    <div className="space-y-3">
      <Button type="button" variant="secondary" onClick={rotate} disabled={pending}>
        {pending ? 'Rotating…' : 'Rotate secret'}
      </Button>
      {error ? <Alert tone="error">{error}</Alert> : null}
      {rotated ? (
        <div role="status" className="space-y-2 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm dark:border-amber-800 dark:bg-amber-950">
          <p className="font-medium">New client secret — copy it now: you will not see this again.</p>
          <div className="flex flex-wrap items-center gap-2">
            <code data-testid="new-client-secret" className="break-all rounded bg-white px-2 py-1 text-xs dark:bg-slate-900">
              {rotated.clientSecret}
            </code>
            <CopyButton value={rotated.clientSecret} label="Copy new client secret" />
          </div>
          <p>The new secret expires: {when(rotated.secretExpiresAt)}.</p>
          <p>The previous secret keeps working until {when(rotated.previousSecretExpiresAt)}.</p>
          <Button type="button" variant="secondary" className="!px-2 !py-0.5 text-xs" onClick={() => setRotated(null)}>
            I have stored it
          </Button>
        </div>
      ) : null}
    </div>
  );
}
