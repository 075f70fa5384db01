'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { signOut } from 'next-auth/react';
import { changePasswordAction } from '@/app/account/actions';
import { PASSWORD_CHANGED_NOTICE } from '@/lib/auth/notices';
import { newPasswordSchema } from '@/lib/users/schema';
import { Alert } from '../ui/alert';
import { Button } from '../ui/button';
import { TextField } from '../ui/text-field';

const schema = z
  .object({ current: z.string().min(1, 'Enter your current password'), next: newPasswordSchema, confirm: z.string() })
  .refine((values) => values.next === values.confirm, { path: ['confirm'], message: 'The passwords do not match' });

type Values = z.input<typeof schema>;
const empty: Values = { current: '', next: '', confirm: '' };

export function ChangePasswordForm({ email }: { email: string }) {
  const [outcome, setOutcome] = useState<{ tone: 'error' | 'success'; text: string } | null>(null);
  const { register, handleSubmit, formState, setError, reset } = useForm<Values>({ resolver: zodResolver(schema), defaultValues: empty });

  const onSubmit = handleSubmit(async ({ current, next }) => {
    setOutcome(null);
    const result = await changePasswordAction({ current, next });
    if (!result.ok) {
      for (const [field, message] of Object.entries(result.fieldErrors ?? {})) setError(field as keyof Values, { message });
      // A message already shown beside its field is not repeated above the form.
      if (!result.fieldErrors) setOutcome({ tone: 'error', text: result.error });
      return;
    }
    reset(empty);
    setOutcome({ tone: 'success', text: 'Your password has been changed. Signing you out of every session…' });
    // The change ended every session, this one too: clear its cookie and sign in with the new password.
    await signOut({ callbackUrl: `/signin?notice=${PASSWORD_CHANGED_NOTICE}&callbackUrl=${encodeURIComponent('/account')}` });
  });

  // method=post: a submission made before the script runs must not put a password in a URL.
  return (
    <form method="post" onSubmit={onSubmit} className="max-w-sm space-y-4" noValidate aria-label="Change password">
      {/* Lets password managers tie the new password to this account. */}
      <input type="text" name="username" autoComplete="username" hidden readOnly value={email} />
      <TextField
        label="Current password"
        type="password"
        autoComplete="current-password"
        error={formState.errors.current?.message}
        {...register('current')}
      />
      <TextField
        label="New password"
        type="password"
        autoComplete="new-password"
        hint="At least 8 characters."
        error={formState.errors.next?.message}
        {...register('next')}
      />
      <TextField
        label="Confirm new password"
        type="password"
        autoComplete="new-password"
        error={formState.errors.confirm?.message}
        {...register('confirm')}
      />
      <Button type="submit" disabled={formState.isSubmitting}>
        Change password
      </Button>
      {outcome ? <Alert tone={outcome.tone}>{outcome.text}</Alert> : null}
    </form>
  );
}
