'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { signIn } from 'next-auth/react';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import type { ActionResult } from '@/lib/auth/action';
import { emailSchema, newPasswordSchema } from '@/lib/users/schema';
import { Alert } from '../ui/alert';
import { Button } from '../ui/button';
import { TextField } from '../ui/text-field';

const schema = z
  .object({ email: emailSchema, password: newPasswordSchema, confirm: z.string() })
  .refine((values) => values.password === values.confirm, { path: ['confirm'], message: 'The passwords do not match' });

type Values = z.input<typeof schema>;

export interface NewAccountFormProps {
  submitLabel: string;
  emailHint?: string;
  /** The server action that creates the account; the server's field messages land on the fields. */
  create: (input: { email: string; password: string }) => Promise<ActionResult<unknown>>;
  /** Where the new account goes once it is signed in. */
  landing: string;
}

/** Email, password and confirmation, then a sign-in with what was just chosen: first admin and developer sign-up alike. */
export function NewAccountForm({ submitLabel, emailHint, create, landing }: NewAccountFormProps) {
  const router = useRouter();
  const [failure, setFailure] = useState<string | null>(null);
  const { register, handleSubmit, formState, setError } = useForm<Values>({ resolver: zodResolver(schema) });

  const onSubmit = handleSubmit(async ({ email, password }) => {
    setFailure(null);
    const result = await create({ email, password });
    if (!result.ok) {
      const fieldErrors = Object.entries(result.fieldErrors ?? {});
      for (const [field, message] of fieldErrors) setError(field as keyof Values, { message });
      // A message already shown on its field is not repeated above the form.
      if (fieldErrors.length === 0) setFailure(result.error);
      return;
    }
    const signedIn = await signIn('credentials', { email, password, redirect: false });
    router.replace(signedIn?.ok ? landing : '/signin');
    router.refresh();
  });

  // method=post: a submission made before the script runs must not put a password in a URL.
  return (
    <form method="post" onSubmit={onSubmit} className="space-y-4" noValidate>
      {failure ? <Alert tone="error">{failure}</Alert> : null}
      <TextField label="Email" type="email" autoComplete="username" hint={emailHint} error={formState.errors.email?.message} {...register('email')} />
      <TextField
        label="Password"
        type="password"
        autoComplete="new-password"
        hint="At least 8 characters."
        error={formState.errors.password?.message}
        {...register('password')}
      />
      <TextField
        label="Confirm password"
        type="password"
        autoComplete="new-password"
        error={formState.errors.confirm?.message}
        {...register('confirm')}
      />
      <Button type="submit" className="w-full" disabled={formState.isSubmitting}>
        {submitLabel}
      </Button>
    </form>
  );
}
