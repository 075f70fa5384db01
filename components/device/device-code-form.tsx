'use client';

import { useState, type FormEvent } from 'react';
import { lookUpDeviceCodeAction, type DeviceRequestView } from '@/app/device/actions';
import { Button } from '../ui/button';
import { TextField } from '../ui/text-field';

interface Props {
  initialCode: string;
  initialError?: string;
  email: string;
  onFound: (request: DeviceRequestView) => void;
}

export function DeviceCodeForm({ initialCode, initialError, email, onFound }: Props) {
  const [error, setError] = useState(initialError);
  const [pending, setPending] = useState(false);

  // Read from the form rather than from state: a code typed before the page finished loading counts too.
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const code = String(new FormData(event.currentTarget).get('user_code') ?? '').trim();
    if (code === '') {
      setError('Enter the code shown on your device.');
      return;
    }
    setPending(true);
    setError(undefined);
    const outcome = await lookUpDeviceCodeAction(code);
    setPending(false);
    if (outcome.ok) onFound(outcome.request);
    else setError(outcome.error);
  };

  return (
    <form method="post" onSubmit={submit} className="space-y-4" noValidate aria-label="Connect a device">
      <p className="text-sm text-slate-600 dark:text-slate-400">
        Signed in as <strong>{email}</strong>. Check that the code matches the one on your device.
      </p>
      <TextField
        label="Code"
        name="user_code"
        defaultValue={initialCode}
        error={error}
        placeholder="XXXX-XXXX"
        // Codes are letters the device shows; keyboards should neither correct nor lower-case them.
        autoComplete="off"
        autoCapitalize="characters"
        autoCorrect="off"
        spellCheck={false}
        autoFocus
        maxLength={64}
        className="block w-full rounded-md border border-slate-300 bg-white px-3 py-2 font-mono text-lg tracking-widest uppercase shadow-sm focus:border-indigo-500 focus:outline-none focus:ring-2 focus:ring-indigo-500 dark:border-slate-700 dark:bg-slate-900"
      />
      <Button type="submit" className="w-full" disabled={pending}>
        Continue
      </Button>
    </form>
  );
}
