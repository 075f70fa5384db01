'use client';

import { useState, useTransition } from 'react';
import { setClientStatusAction } from '@/app/console/clients/[clientId]/actions';
import type { ClientStatusValue } from '@/lib/console/client-list-query';
import { Alert } from '../ui/alert';
import { Button } from '../ui/button';
import { ApproveClient } from './approve-client';
import { useRefreshAfterChange } from './use-client-mutation-refresh';

/** Disabling stops the client from getting tokens; its registration and secrets stay as they are. */
export function StatusToggle({ clientId, status, canApprove }: { clientId: string; status: ClientStatusValue; canApprove: boolean }) {
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const refresh = useRefreshAfterChange();
  const target = status === 'active' ? 'disabled' : 'active';
  // Approving a pending client is an admin's decision; the server checks the same rule.
  if (status === 'pending' && !canApprove) return <p className="text-sm text-slate-600 dark:text-slate-400">Waiting for an administrator’s approval.</p>;
  if (status === 'pending') return <ApproveClient clientId={clientId} />;

  const change = () => {
    setError(null);
    startTransition(async () => {
      const result = await setClientStatusAction({ clientId, status: target });
      if (!result.ok) setError(result.error);
      else refresh();
    });
  };
  const label = target === 'disabled' ? 'Disable client' : 'Enable client';
  return (
    <div className="space-y-2">
      <Button type="button" variant={target === 'disabled' ? 'danger' : 'primary'} onClick={change} disabled={pending}>
        {label}
      </Button>
      {error ? <Alert tone="error">{error}</Alert> : null}
    </div>
  );
}
