'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useForm, type FieldPath } from 'react-hook-form';
import { saveRegistrationPolicyAction } from '@/app/console/settings/actions';
import { policyFormSchema, registrantKinds, type PolicyForm, type PolicyFormOutput } from '@/lib/console/admin/policy-form';
import { Alert } from '../ui/alert';
import { Button } from '../ui/button';
import { TextField } from '../ui/text-field';
import { KindPolicyFields } from './kind-policy-fields';

export function RegistrationPolicyForm({ initial }: { initial: PolicyForm }) {
  const router = useRouter();
  const [outcome, setOutcome] = useState<{ tone: 'error' | 'success'; text: string } | null>(null);
  const { register, handleSubmit, formState, setError, getValues, reset } = useForm<PolicyForm, unknown, PolicyFormOutput>({
    resolver: zodResolver(policyFormSchema),
    defaultValues: initial,
  });

  // The server action validates the form as typed, so it gets the raw strings, not the parsed values.
  const onSubmit = handleSubmit(
    async () => {
      setOutcome(null);
      const values = getValues();
      const result = await saveRegistrationPolicyAction(values);
      if (!result.ok) {
        for (const [field, message] of Object.entries(result.fieldErrors ?? {})) setError(field as FieldPath<PolicyForm>, { message });
        setOutcome({ tone: 'error', text: result.error });
        return;
      }
      reset(values);
      setOutcome({ tone: 'success', text: 'Registration policy saved.' });
      router.refresh();
    },
    () => setOutcome({ tone: 'error', text: 'Some fields need attention.' }),
  );

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Registration policy" className="space-y-6">
      <div className="max-w-sm">
        <TextField
          label="Rotation grace in seconds"
          inputMode="numeric"
          hint="How long a rotated client secret keeps working beside its successor; 86400 is one day."
          error={formState.errors.rotationGraceSeconds?.message}
          {...register('rotationGraceSeconds')}
        />
      </div>
      {registrantKinds.map((kind) => (
        <KindPolicyFields key={kind} kind={kind} register={register} errors={formState.errors} />
      ))}
      <Button type="submit" disabled={formState.isSubmitting}>
        Save policy
      </Button>
      {outcome ? <Alert tone={outcome.tone}>{outcome.text}</Alert> : null}
    </form>
  );
}
