'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { setClientTokenLifetimeAction } from '@/app/console/clients/[clientId]/actions';
import { secondsInWords } from '@/lib/console/admin/duration';
import { clientTokenLifetimeFormSchema, type ClientTokenLifetimeForm, type ClientTokenLifetimeValues } from '@/lib/console/client-token-lifetime';
import { ACCESS_TOKEN_LIFETIME_BOUNDS } from '@/lib/oauth/token/lifetime-settings';
import { Alert } from '../ui/alert';
import { Button } from '../ui/button';
import { TextField } from '../ui/text-field';
import { useRefreshAfterChange } from './use-client-mutation-refresh';

/** The client's own access token lifetime; empty hands it back to the server-wide default. */
export function TokenLifetimeForm({ clientId, current, serverDefault }: { clientId: string; current: number | null; serverDefault: number }) {
  const [outcome, setOutcome] = useState<{ tone: 'success' | 'error'; message: string } | null>(null);
  const refresh = useRefreshAfterChange();
  const { register, handleSubmit, formState, setError, getValues } = useForm<ClientTokenLifetimeForm, unknown, ClientTokenLifetimeValues>({
    resolver: zodResolver(clientTokenLifetimeFormSchema),
    defaultValues: { accessTokenLifetimeSeconds: current === null ? '' : String(current) },
  });

  const onSubmit = handleSubmit(async () => {
    setOutcome(null);
    const result = await setClientTokenLifetimeAction({ clientId, ...getValues() });
    if (!result.ok) {
      const message = result.fieldErrors?.accessTokenLifetimeSeconds;
      if (message) setError('accessTokenLifetimeSeconds', { message });
      setOutcome({ tone: 'error', message: result.error });
      return;
    }
    const saved = result.data.accessTokenLifetimeSeconds;
    setOutcome({ tone: 'success', message: saved === null ? 'Saved: this client uses the server default.' : `Saved: new access tokens live ${secondsInWords(saved)}.` });
    refresh();
  });

  const { min, max } = ACCESS_TOKEN_LIFETIME_BOUNDS;
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Access token lifetime" className="space-y-3">
      <div className="max-w-sm">
        <TextField
          label="Access token lifetime (seconds)"
          inputMode="numeric"
          placeholder={String(serverDefault)}
          hint={`Empty uses the server default, ${secondsInWords(serverDefault)}. Between ${min} and ${max.toLocaleString('en')}. Tokens already issued keep their expiry.`}
          error={formState.errors.accessTokenLifetimeSeconds?.message}
          {...register('accessTokenLifetimeSeconds')}
        />
      </div>
      <Button type="submit" variant="secondary" disabled={formState.isSubmitting}>
        {formState.isSubmitting ? 'Saving…' : 'Save lifetime'}
      </Button>
      <div aria-live="polite">{outcome ? <Alert tone={outcome.tone}>{outcome.message}</Alert> : null}</div>
    </form>
  );
}
