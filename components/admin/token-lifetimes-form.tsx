'use client';

import { useWatch, type UseFormReturn } from 'react-hook-form';
import { saveTokenLifetimesAction } from '@/app/console/settings/actions';
import { describeDuration, secondsInWords } from '@/lib/console/admin/duration';
import { tokenLifetimesFormSchema, type TokenLifetimesForm, type TokenLifetimesFormOutput } from '@/lib/console/admin/token-lifetimes-form';
import { ACCESS_TOKEN_LIFETIME_BOUNDS, REFRESH_TOKEN_LIFETIME_BOUNDS } from '@/lib/oauth/token/lifetime-settings';
import { TextField } from '../ui/text-field';
import { SettingsFormFooter, useSettingsForm } from './settings-form';

interface LifetimeFieldSpec {
  name: keyof TokenLifetimesForm;
  label: string;
  bounds: { min: number; max: number };
  explains: string;
}

const fields: LifetimeFieldSpec[] = [
  {
    name: 'accessTokenLifetimeSeconds',
    label: 'Access token lifetime in seconds',
    bounds: ACCESS_TOKEN_LIFETIME_BOUNDS,
    explains: 'For clients without a lifetime of their own; ID tokens live as long as the access token issued with them.',
  },
  {
    name: 'refreshTokenLifetimeSeconds',
    label: 'Refresh token lifetime in seconds',
    bounds: REFRESH_TOKEN_LIFETIME_BOUNDS,
    explains: 'Counted from each issuance, so a rotated refresh token starts a full lifetime again.',
  },
];

/**
 * One lifetime input. Its hint says what the typed number means in words as you type, so
 * "2592000" reads as 30 days, then what the value is for and the range allowed.
 */
function LifetimeField({ spec, form }: { spec: LifetimeFieldSpec; form: UseFormReturn<TokenLifetimesForm, unknown, TokenLifetimesFormOutput> }) {
  const typed = useWatch({ control: form.control, name: spec.name }).trim();
  const meaning = /^\d+$/.test(typed) ? `${secondsInWords(Number(typed))}. ` : '';
  const range = `Allowed: ${describeDuration(spec.bounds.min)} to ${describeDuration(spec.bounds.max)}.`;
  return (
    <TextField
      label={spec.label}
      inputMode="numeric"
      autoComplete="off"
      hint={`${meaning}${spec.explains} ${range}`}
      error={form.formState.errors[spec.name]?.message}
      {...form.register(spec.name)}
    />
  );
}

export function TokenLifetimesSettingsForm({ initial }: { initial: TokenLifetimesForm }) {
  const { form, onSubmit, outcome } = useSettingsForm({
    schema: tokenLifetimesFormSchema,
    initial,
    save: saveTokenLifetimesAction,
    savedText: 'Token lifetimes saved. New tokens use them within a few seconds.',
  });
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Token lifetimes" className="space-y-4">
      <div className="grid gap-4 md:grid-cols-2">
        {fields.map((spec) => (
          <LifetimeField key={spec.name} spec={spec} form={form} />
        ))}
      </div>
      <SettingsFormFooter label="Save token lifetimes" submitting={form.formState.isSubmitting} outcome={outcome} />
    </form>
  );
}
