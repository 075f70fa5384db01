'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { saveDeveloperSignUpAction } from '@/app/console/settings/actions';
import { Alert } from '../ui/alert';
import { Button } from '../ui/button';
import { developerSignUpFormSchema, type DeveloperSignUpForm, type DeveloperSignUpFormOutput } from './developer-sign-up-schema';
import { TextAreaField } from './text-area-field';

const modes: { value: DeveloperSignUpForm['mode']; label: string; hint: string }[] = [
  { value: 'off', label: 'Off', hint: 'Only admins create accounts, on the Users page.' },
  { value: 'open', label: 'Open to anyone', hint: 'Anyone may create a developer account at /signup.' },
  { value: 'domains', label: 'Open to e-mail domains', hint: 'Only addresses at the domains listed below; subdomains are not included.' },
];

export function DeveloperSignUpSettingsForm({ initial }: { initial: DeveloperSignUpForm }) {
  const router = useRouter();
  const [outcome, setOutcome] = useState<{ tone: 'error' | 'success'; text: string } | null>(null);
  const { register, handleSubmit, formState, setError, getValues, reset, control } = useForm<DeveloperSignUpForm, unknown, DeveloperSignUpFormOutput>({
    resolver: zodResolver(developerSignUpFormSchema),
    defaultValues: initial,
  });
  const mode = useWatch({ control, name: 'mode' });

  // As with the policy form, the action gets the values as typed and validates them itself.
  const onSubmit = handleSubmit(async () => {
    setOutcome(null);
    const values = getValues();
    const result = await saveDeveloperSignUpAction(values);
    if (!result.ok) {
      for (const [field, message] of Object.entries(result.fieldErrors ?? {})) setError(field as keyof DeveloperSignUpForm, { message });
      setOutcome({ tone: 'error', text: result.error });
      return;
    }
    reset(values);
    setOutcome({ tone: 'success', text: 'Developer sign-up saved.' });
    router.refresh();
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Developer sign-up" className="space-y-4">
      <fieldset className="space-y-2">
        <legend className="sr-only">Who may sign up</legend>
        {modes.map((item) => (
          <label key={item.value} className="flex items-start gap-2 text-sm">
            <input type="radio" value={item.value} {...register('mode')} className="mt-1" />
            <span>
              <span className="font-medium">{item.label}</span>
              <span className="block text-xs text-slate-500 dark:text-slate-400">{item.hint}</span>
            </span>
          </label>
        ))}
      </fieldset>
      {mode === 'domains' ? (
        <div className="max-w-sm">
          <TextAreaField label="Allowed domains" rows={3} hint="One per line, e.g. example.com." error={formState.errors.domains?.message} {...register('domains')} />
        </div>
      ) : null}
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" {...register('requireApproval')} />
        Require approval of developers’ new clients
      </label>
      <Button type="submit" disabled={formState.isSubmitting}>
        Save developer sign-up
      </Button>
      {outcome ? <Alert tone={outcome.tone}>{outcome.text}</Alert> : null}
    </form>
  );
}
