'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { signIn } from 'next-auth/react';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { Alert } from '../ui/alert';
import { Button } from '../ui/button';
import { TextField } from '../ui/text-field';

const schema = z.object({
  email: z.string().trim().min(1, 'Enter your email'),
  password: z.string().min(1, 'Enter your password'),
});

type Values = z.infer<typeof schema>;

export function SignInForm({ returnTo, email }: { returnTo: string; email?: string }) {
  const [failure, setFailure] = useState<string | null>(null);
  const { register, handleSubmit, formState } = useForm<Values>({ resolver: zodResolver(schema), defaultValues: { email: email ?? '' } });

  const onSubmit = handleSubmit(async (values) => {
    setFailure(null);
    const result = await signIn('credentials', { ...values, redirect: false });
    if (!result || result.error) {
      // One message for every refusal: it must not reveal whether the email exists.
      setFailure('Email or password is incorrect.');
      return;
    }
    // A full navigation: the return path may be a protocol endpoint (/oauth/authorize), not a page.
    window.location.assign(returnTo);
  });

  // method=post: a submission made before the script runs must not put a password in a URL.
  return (
    <form method="post" onSubmit={onSubmit} className="space-y-4" noValidate>
      {failure ? <Alert tone="error">{failure}</Alert> : null}
      <TextField label="Email" type="email" autoComplete="username" error={formState.errors.email?.message} {...register('email')} />
      <TextField
        label="Password"
        type="password"
        autoComplete="current-password"
        error={formState.errors.password?.message}
        {...register('password')}
      />
      <Button type="submit" className="w-full" disabled={formState.isSubmitting}>
        {formState.isSubmitting ? 'Signing in…' : 'Sign in'}
      </Button>
    </form>
  );
}
