'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { setRegistrationModeAction } from '@/app/console/settings/actions';
import type { ModeChoice } from '@/lib/console/admin/registration-settings';
import { Alert } from '../ui/alert';
import { Button } from '../ui/button';

const choices: { value: ModeChoice; label: string; hint: string }[] = [
  { value: 'open', label: 'Open', hint: 'Anyone may register a client, under the open registration policy.' },
  { value: 'initial-access-token', label: 'Initial access token', hint: 'Registration needs a token created on the initial access tokens page.' },
  { value: 'disabled', label: 'Disabled', hint: 'POST /oauth/register is refused; admins and developers still register in the console.' },
  { value: 'env', label: 'Follow REGISTRATION_MODE', hint: 'Let the environment variable decide.' },
];

export function RegistrationModeForm({ current, envMode }: { current: ModeChoice; envMode: string }) {
  const router = useRouter();
  const [choice, setChoice] = useState<ModeChoice>(current);
  const [outcome, setOutcome] = useState<{ tone: 'error' | 'success'; text: string } | null>(null);
  const [pending, startTransition] = useTransition();

  const save = (event: React.FormEvent) => {
    event.preventDefault();
    startTransition(async () => {
      setOutcome(null);
      const result = await setRegistrationModeAction({ mode: choice });
      if (!result.ok) return setOutcome({ tone: 'error', text: result.error });
      setOutcome({ tone: 'success', text: 'Registration mode saved.' });
      router.refresh();
    });
  };

  return (
    <form onSubmit={save} aria-label="Registration mode" className="space-y-3">
      <fieldset className="space-y-2">
        <legend className="sr-only">Registration mode</legend>
        {choices.map((item) => (
          <label key={item.value} className="flex items-start gap-2 text-sm">
            <input type="radio" name="mode" value={item.value} checked={choice === item.value} onChange={() => setChoice(item.value)} className="mt-1" />
            <span>
              <span className="font-medium">{item.value === 'env' ? `${item.label} (${envMode})` : item.label}</span>
              <span className="block text-xs text-slate-500 dark:text-slate-400">{item.hint}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <Button type="submit" disabled={pending}>
        Save registration mode
      </Button>
      {outcome ? <Alert tone={outcome.tone}>{outcome.text}</Alert> : null}
    </form>
  );
}
