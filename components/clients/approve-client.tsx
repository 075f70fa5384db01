'use client';

import { useState, useTransition } from 'react';
import { approveClientAction } from '@/app/console/clients/[clientId]/actions';
import { Alert } from '../ui/alert';
import { Button } from '../ui/button';
import { useRefreshAfterChange } from './use-client-mutation-refresh';

/** Shown to admins only; the action checks the role again on the server. */
export function ApproveClient({ clientId }: { clientId: string }) {
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const refresh = useRefreshAfterChange();

  const approve = () => {
    setError(null);
    startTransition(async () => {
      const result = await approveClientAction({ clientId });
      if (!result.ok) setError(result.error);
      else refresh();
    });
  };
  return (
    <div className="space-y-2">
      <p className="text-sm">This client cannot get tokens until an administrator approves it.</p>
      <Button type="button" onClick={approve} disabled={pending}>
        Approve
      </Button>
      {error ? <Alert tone="error">{error}</Alert> : null}
    </div>
  );
}
