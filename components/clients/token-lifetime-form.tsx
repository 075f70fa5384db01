'use client';

import { setClientTokenLifetimeAction } from '@/app/console/clients/[clientId]/actions';
import { secondsInWords } from '@/lib/console/admin/duration';
import { clientTokenLifetimeFormSchema, type ClientTokenLifetimeForm } from '@/lib/console/client-token-lifetime';
import { ACCESS_TOKEN_LIFETIME_BOUNDS } from '@/lib/oauth/token/lifetime-settings';
import { SettingsFormFooter, useSettingsForm } from '../admin/settings-form';
import { TextField } from '../ui/text-field';

function savedText({ accessTokenLifetimeSeconds: typed }: ClientTokenLifetimeForm): string {
  const seconds = typed.trim();
  return seconds === '' ? 'Saved: this client uses the server default.' : `Saved: new access tokens live ${secondsInWords(Number(seconds))}.`;
}

/** The client's own access token lifetime; empty hands it back to the server-wide default. */
export function TokenLifetimeForm({ clientId, current, serverDefault }: { clientId: string; current: number | null; serverDefault: number }) {
  const { form, onSubmit, outcome } = useSettingsForm({
    schema: clientTokenLifetimeFormSchema,
    initial: { accessTokenLifetimeSeconds: current === null ? '' : String(current) },
    save: (values) => setClientTokenLifetimeAction({ clientId, ...values }),
    savedText,
  });
  const { register, formState } = form;
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
      <SettingsFormFooter label="Save lifetime" submitting={formState.isSubmitting} outcome={outcome} />
    </form>
  );
}
