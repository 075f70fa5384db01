'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useForm, type DefaultValues, type FieldPath, type FieldValues } from 'react-hook-form';
import type { z } from 'zod';
import type { ActionResult } from '@/lib/auth/action';
import { Alert } from '../ui/alert';
import { Button } from '../ui/button';

export interface FormOutcome {
  tone: 'error' | 'success';
  text: string;
}

interface SettingsFormOptions<TForm extends FieldValues, TOutput> {
  schema: z.ZodType<TOutput, TForm>;
  initial: TForm;
  /** The server action; it gets the values as typed and validates them itself. */
  save: (values: TForm) => Promise<ActionResult<unknown>>;
  /** Shown when the save succeeds, e.g. "Registration policy saved."; a function words it from what was saved. */
  savedText: string | ((values: TForm) => string);
}

/**
 * What every settings form does around its fields: validate with the shared zod schema, send the
 * raw values to the server action, put the action's field errors beside the fields, and say
 * whether the save worked. The page is refreshed afterwards so other sections see the change.
 */
export function useSettingsForm<TForm extends FieldValues, TOutput>({ schema, initial, save, savedText }: SettingsFormOptions<TForm, TOutput>) {
  const router = useRouter();
  const [outcome, setOutcome] = useState<FormOutcome | null>(null);
  const form = useForm<TForm, unknown, TOutput>({ resolver: zodResolver(schema), defaultValues: initial as DefaultValues<TForm> });
  const { handleSubmit, getValues, setError, reset } = form;

  const onSubmit = handleSubmit(
    async () => {
      setOutcome(null);
      const values = getValues();
      const result = await save(values);
      if (!result.ok) {
        for (const [field, message] of Object.entries(result.fieldErrors ?? {})) setError(field as FieldPath<TForm>, { message });
        setOutcome({ tone: 'error', text: result.error });
        return;
      }
      reset(values);
      setOutcome({ tone: 'success', text: typeof savedText === 'string' ? savedText : savedText(values) });
      router.refresh();
    },
    () => setOutcome({ tone: 'error', text: 'Some fields need attention.' }),
  );

  return { form, onSubmit, outcome };
}

/** The save button and, under it, how the last save went. */
export function SettingsFormFooter({ label, submitting, outcome }: { label: string; submitting: boolean; outcome: FormOutcome | null }) {
  return (
    <>
      <Button type="submit" disabled={submitting}>
        {label}
      </Button>
      {outcome ? <Alert tone={outcome.tone}>{outcome.text}</Alert> : null}
    </>
  );
}
