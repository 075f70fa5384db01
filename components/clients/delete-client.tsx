'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useQueryClient } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { z } from 'zod';
import { deleteClientAction } from '@/app/console/clients/[clientId]/actions';
import { clientKeys } from '@/lib/console/client-queries';
import { Alert } from '../ui/alert';
import { Button } from '../ui/button';
import { TextField } from '../ui/text-field';

/** Deleting is permanent, so the name or client_id must be typed out; the server checks it again. */
export function DeleteClient({ clientId, clientName }: { clientId: string; clientName: string | null }) {
  const router = useRouter();
  const queryClient = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const expected = [clientId, clientName].filter((value): value is string => Boolean(value));
  const schema = z.object({
    confirmation: z
      .string()
      .trim()
      .refine((value) => expected.includes(value), 'Type the name or client_id exactly'),
  });
  const { register, handleSubmit, formState, control } = useForm<z.input<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: { confirmation: '' },
  });
  const matches = expected.includes((useWatch({ control, name: 'confirmation' }) ?? '').trim());

  const onSubmit = handleSubmit(async ({ confirmation }) => {
    setError(null);
    const result = await deleteClientAction({ clientId, confirmation });
    if (!result.ok) {
      setError(result.error);
      return;
    }
    await queryClient.invalidateQueries({ queryKey: clientKeys.lists() });
    router.push('/console/clients');
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Delete client" className="space-y-3">
      <TextField
        label={`Type ${clientName ? `“${clientName}” or ` : ''}the client_id to confirm`}
        autoComplete="off"
        error={formState.errors.confirmation?.message}
        {...register('confirmation')}
      />
      <Button type="submit" variant="danger" disabled={!matches || formState.isSubmitting}>
        Delete client
      </Button>
      {error ? <Alert tone="error">{error}</Alert> : null}
    </form>
  );
}
