'use client';

import { useWatch } from 'react-hook-form';
import { saveDeveloperSignUpAction } from '@/app/console/settings/actions';
import { developerSignUpFormSchema, type DeveloperSignUpForm } from './developer-sign-up-schema';
import { SettingsFormFooter, useSettingsForm } from './settings-form';
import { TextAreaField } from './text-area-field';

const modes: { value: DeveloperSignUpForm['mode']; label: string; hint: string }[] = [
  { value: 'off', label: 'Off', hint: 'Only admins create accounts, on the Users page.' },
  { value: 'open', label: 'Open to anyone', hint: 'Anyone may create a developer account at /signup.' },
  { value: 'domains', label: 'Open to e-mail domains', hint: 'Only addresses at the domains listed below; subdomains are not included.' },
];

export function DeveloperSignUpSettingsForm({ initial }: { initial: DeveloperSignUpForm }) {
  const { form, onSubmit, outcome } = useSettingsForm({
    schema: developerSignUpFormSchema,
    initial,
    save: saveDeveloperSignUpAction,
    savedText: 'Developer sign-up saved.',
  });
  const { register, formState, control } = form;
  const mode = useWatch({ control, name: 'mode' });

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
      <SettingsFormFooter label="Save developer sign-up" submitting={formState.isSubmitting} outcome={outcome} />
    </form>
  );
}
