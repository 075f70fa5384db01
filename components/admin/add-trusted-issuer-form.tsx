'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { addTrustedIssuerAction } from '@/app/console/settings/actions';
import { trustedIssuerFormSchema, type TrustedIssuerForm } from '@/lib/console/admin/trusted-issuer-form';
import { Alert } from '../ui/alert';
import { Button } from '../ui/button';
import { TextField } from '../ui/text-field';
import { TextAreaField } from './text-area-field';

const defaults: TrustedIssuerForm = { name: '', issuer: '', keySource: 'jwks', jwks: '', jwksUri: '' };

export function AddTrustedIssuerForm() {
  const router = useRouter();
  const [outcome, setOutcome] = useState<{ tone: 'error' | 'success'; text: string } | null>(null);
  const { register, handleSubmit, formState, setError, reset, control } = useForm<TrustedIssuerForm>({
    resolver: zodResolver(trustedIssuerFormSchema),
    defaultValues: defaults,
  });
  const keySource = useWatch({ control, name: 'keySource' });
  const { errors } = formState;

  const onSubmit = handleSubmit(async (values) => {
    setOutcome(null);
    const result = await addTrustedIssuerAction(values);
    if (!result.ok) {
      for (const [field, message] of Object.entries(result.fieldErrors ?? {})) {
        // The service names the URL field as its stored column does.
        setError((field === 'jwks_uri' ? 'jwksUri' : field) as keyof TrustedIssuerForm, { message });
      }
      setOutcome({ tone: 'error', text: result.error });
      return;
    }
    reset(defaults);
    setOutcome({ tone: 'success', text: `Now trusting statements from ${result.data.issuer}.` });
    router.refresh();
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Add trusted issuer" className="space-y-4">
      <div className="grid gap-4 md:grid-cols-2">
        <TextField label="Publisher name" error={errors.name?.message} {...register('name')} />
        <TextField label="Issuer (iss)" hint="The iss claim its software statements carry." error={errors.issuer?.message} {...register('issuer')} />
      </div>
      <fieldset className="flex gap-6 text-sm">
        <legend className="mb-1 font-medium">Verification keys</legend>
        <label className="inline-flex items-center gap-2">
          <input type="radio" value="jwks" {...register('keySource')} /> Paste a JWKS
        </label>
        <label className="inline-flex items-center gap-2">
          <input type="radio" value="jwksUri" {...register('keySource')} /> JWKS URL
        </label>
      </fieldset>
      {keySource === 'jwks' ? (
        <TextAreaField label="JWKS (JSON)" rows={5} placeholder='{"keys": [...]}' error={errors.jwks?.message} {...register('jwks')} />
      ) : (
        <TextField label="JWKS URL (jwks_uri)" type="url" placeholder="https://" error={errors.jwksUri?.message} {...register('jwksUri')} />
      )}
      <Button type="submit" disabled={formState.isSubmitting}>
        Add issuer
      </Button>
      {outcome ? <Alert tone={outcome.tone}>{outcome.text}</Alert> : null}
    </form>
  );
}
