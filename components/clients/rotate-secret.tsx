'use client';

import { useState, useTransition } from 'react';
import { rotateClientSecretAction } from '@/app/console/clients/[clientId]/actions';
import { Alert } from '../ui/alert';
import { Button } from '../ui/button';
import { ShownOnce } from '../ui/shown-once';
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
        <ShownOnce title="New client secret" value={rotated.clientSecret} copyLabel="Copy new client secret" testId="new-client-secret" onDismiss={() => setRotated(null)}>
          <p>The new secret expires: {when(rotated.secretExpiresAt)}.</p>
          <p>The previous secret keeps working until {when(rotated.previousSecretExpiresAt)}.</p>
        </ShownOnce>
      ) : null}
    </div>
  );
}
