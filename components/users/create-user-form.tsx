'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { createUserAction } from '@/app/console/users/actions';
import { newUserSchema, roles } from '@/lib/users/schema';
import { Alert } from '../ui/alert';
import { Button } from '../ui/button';
import { TextField } from '../ui/text-field';

type Values = z.input<typeof newUserSchema>;

export function CreateUserForm() {
  const router = useRouter();
  const [outcome, setOutcome] = useState<{ tone: 'error' | 'success'; text: string } | null>(null);
  const { register, handleSubmit, formState, setError, reset } = useForm<Values>({
    resolver: zodResolver(newUserSchema),
    defaultValues: { role: 'developer' },
  });

  const onSubmit = handleSubmit(async (values) => {
    setOutcome(null);
    const result = await createUserAction(values);
    if (!result.ok) {
      for (const [field, message] of Object.entries(result.fieldErrors ?? {})) setError(field as keyof Values, { message });
      setOutcome({ tone: 'error', text: result.error });
      return;
    }
    setOutcome({ tone: 'success', text: `Created ${result.data.role} ${result.data.email}.` });
    reset({ email: '', password: '', role: values.role });
    router.refresh();
  });

  // method=post: a submission made before the script runs must not put a password in a URL.
  return (
    <form method="post" onSubmit={onSubmit} className="grid gap-4 md:grid-cols-[1fr_1fr_auto_auto] md:items-start" noValidate aria-label="Create user">
      <TextField label="New user email" type="email" autoComplete="off" error={formState.errors.email?.message} {...register('email')} />
      <TextField
        label="Initial password"
        type="password"
        autoComplete="new-password"
        error={formState.errors.password?.message}
        {...register('password')}
      />
      <div className="space-y-1">
        <label htmlFor="new-user-role" className="block text-sm font-medium">
          Role
        </label>
        <select
          id="new-user-role"
          className="block rounded-md border border-slate-300 bg-white px-3 py-2 text-sm dark:border-slate-700 dark:bg-slate-900"
          {...register('role')}
        >
          {roles.map((role) => (
            <option key={role} value={role}>
              {role}
            </option>
          ))}
        </select>
      </div>
      <Button type="submit" className="md:mt-6" disabled={formState.isSubmitting}>
        Create user
      </Button>
      {outcome ? (
        <div className="md:col-span-4">
          <Alert tone={outcome.tone}>{outcome.text}</Alert>
        </div>
      ) : null}
    </form>
  );
}
