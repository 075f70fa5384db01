'use client';

import { saveRegistrationPolicyAction } from '@/app/console/settings/actions';
import { policyFormSchema, registrantKinds, type PolicyForm } from '@/lib/console/admin/policy-form';
import { TextField } from '../ui/text-field';
import { KindPolicyFields } from './kind-policy-fields';
import { SettingsFormFooter, useSettingsForm } from './settings-form';

export function RegistrationPolicyForm({ initial }: { initial: PolicyForm }) {
  const { form, onSubmit, outcome } = useSettingsForm({
    schema: policyFormSchema,
    initial,
    save: saveRegistrationPolicyAction,
    savedText: 'Registration policy saved.',
  });
  const { register, formState } = form;

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
      <SettingsFormFooter label="Save policy" submitting={formState.isSubmitting} outcome={outcome} />
    </form>
  );
}
