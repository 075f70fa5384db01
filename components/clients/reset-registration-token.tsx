'use client';

import { useState, useTransition } from 'react';
import { resetRegistrationTokenAction } from '@/app/console/clients/[clientId]/actions';
import { Alert } from '../ui/alert';
import { Button } from '../ui/button';
import { ShownOnce } from '../ui/shown-once';
import { useRefreshAfterChange } from './use-client-mutation-refresh';

/** Replaces the RFC 7592 registration access token; the new one is shown once, the old one dies now. */
export function ResetRegistrationToken({ clientId, registrationClientUri }: { clientId: string; registrationClientUri: string }) {
  const [token, setToken] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const refresh = useRefreshAfterChange();

  const reset = () => {
    if (!window.confirm('Issue a new registration access token? The current one stops working immediately.')) return;
    setError(null);
    startTransition(async () => {
      const result = await resetRegistrationTokenAction({ clientId });
      if (!result.ok) {
        setError(result.error);
        return;
      }
      setToken(result.data.registrationAccessToken);
      refresh();
    });
  };

  return (
    <div className="space-y-3">
      <p className="text-sm text-slate-600 dark:text-slate-400">
        Programs read, update and delete this registration at <code className="break-all">{registrationClientUri}</code> with the registration access token (RFC 7592).
      </p>
      <Button type="button" variant="secondary" onClick={reset} disabled={pending}>
        {pending ? 'Resetting…' : 'Reset registration access token'}
      </Button>
      {error ? <Alert tone="error">{error}</Alert> : null}
      {token ? (
        <ShownOnce title="New registration access token" value={token} copyLabel="Copy new registration access token" testId="new-registration-token" onDismiss={() => setToken(null)}>
          <p>The previous token no longer works.</p>
        </ShownOnce>
      ) : null}
    </div>
  );
}
