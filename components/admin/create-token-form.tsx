'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { createInitialAccessTokenAction } from '@/app/console/initial-access-tokens/actions';
import { createTokenFormSchema, type CreateTokenForm, type CreateTokenOutput } from '@/lib/console/admin/initial-access-tokens';
import { serverCapabilities } from '@/lib/metadata/capabilities';
import { Alert } from '../ui/alert';
import { Button } from '../ui/button';
import { TextField } from '../ui/text-field';
import { CheckboxList } from './checkbox-list';
import { IssuedToken } from './issued-token';
import { SelectField } from './select-field';
import { TextAreaField } from './text-area-field';

const defaults: CreateTokenForm = { expiresIn: '24', expiryUnit: 'hours', maxUses: '1', description: '', grantTypes: [], redirectHosts: '' };

export function CreateTokenForm() {
  const router = useRouter();
  const [issued, setIssued] = useState<string | null>(null);
  const [error, setFormError] = useState<string | null>(null);
  const { register, handleSubmit, formState, setError, reset, getValues } = useForm<CreateTokenForm, unknown, CreateTokenOutput>({
    resolver: zodResolver(createTokenFormSchema),
    defaultValues: defaults,
  });
  const { errors } = formState;

  // The server action validates the form as typed, so it gets the raw strings, not the parsed values.
  const onSubmit = handleSubmit(async () => {
    setFormError(null);
    const result = await createInitialAccessTokenAction(getValues());
    if (!result.ok) {
      for (const [field, message] of Object.entries(result.fieldErrors ?? {})) setError(field as keyof CreateTokenForm, { message });
      setFormError(result.error);
      return;
    }
    setIssued(result.data.token);
    reset(defaults);
    router.refresh();
  });

  return (
    <div className="space-y-4">
      {issued ? <IssuedToken token={issued} onDismiss={() => setIssued(null)} /> : null}
      <form onSubmit={onSubmit} noValidate aria-label="Create initial access token" className="grid gap-4 md:grid-cols-2">
        <TextField label="Description" hint="Who or what the token is for." error={errors.description?.message} {...register('description')} />
        <TextField
          label="Maximum uses"
          inputMode="numeric"
          hint="Registrations it allows; empty for no limit."
          error={errors.maxUses?.message}
          {...register('maxUses')}
        />
        <div className="flex items-start gap-2">
          <TextField label="Expires in" inputMode="numeric" hint="Empty for a token that never expires." error={errors.expiresIn?.message} {...register('expiresIn')} />
          <SelectField
            label="Unit"
            options={[
              { value: 'hours', label: 'hours' },
              { value: 'days', label: 'days' },
            ]}
            {...register('expiryUnit')}
          />
        </div>
        <TextAreaField
          label="Allowed redirect hosts"
          rows={2}
          hint="Optional. One per line; *.example.com admits subdomains. Empty keeps the server's policy."
          error={errors.redirectHosts?.message}
          {...register('redirectHosts')}
        />
        <div className="md:col-span-2">
          <CheckboxList
            legend="Allowed grant types"
            hint="Optional. None checked keeps what the registration policy allows; a token can only narrow it."
            options={serverCapabilities.grantTypes}
            error={errors.grantTypes?.message}
            {...register('grantTypes')}
          />
        </div>
        <div className="md:col-span-2">
          <Button type="submit" disabled={formState.isSubmitting}>
            Create token
          </Button>
        </div>
        {error ? (
          <div className="md:col-span-2">
            <Alert tone="error">{error}</Alert>
          </div>
        ) : null}
      </form>
    </div>
  );
}
