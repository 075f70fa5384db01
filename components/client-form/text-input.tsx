'use client';

import { useId, type InputHTMLAttributes } from 'react';
import { useFormContext } from 'react-hook-form';
import type { ClientFormValues } from '@/lib/console/new-client/form-values';
import { FieldFindings } from './field-findings';
import { useLiveAnalysis } from './live-analysis';

type TextName = { [K in keyof ClientFormValues]: ClientFormValues[K] extends string ? K : never }[keyof ClientFormValues];

export const inputClass =
  'block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm focus:border-indigo-500 focus:outline-none focus:ring-2 focus:ring-indigo-500 aria-invalid:border-red-500 dark:border-slate-700 dark:bg-slate-900';

/** A labelled text input bound to the form, with its hint and whatever the rulebook says about it. */
export function TextInput({
  name,
  label,
  hint,
  multiline,
  ...props
}: { name: TextName; label: string; hint?: string; multiline?: number } & InputHTMLAttributes<HTMLInputElement>) {
  const id = useId();
  const { register, formState } = useFormContext<ClientFormValues>();
  const { byField } = useLiveAnalysis();
  const findings = byField.get(name);
  const serverMessage = formState.errors[name]?.message;
  const invalid = Boolean(serverMessage) || findings?.some((finding) => finding.severity === 'error');
  const describedBy = `${id}-findings${hint ? ` ${id}-hint` : ''}`;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      {multiline ? (
        <textarea
          id={id}
          rows={multiline}
          spellCheck={false}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy}
          className={`${inputClass} font-mono text-xs`}
          {...register(name)}
        />
      ) : (
        <input id={id} aria-invalid={invalid || undefined} aria-describedby={describedBy} className={inputClass} {...props} {...register(name)} />
      )}
      {hint ? (
        <p id={`${id}-hint`} className="text-xs text-slate-500 dark:text-slate-400">
          {hint}
        </p>
      ) : null}
      <FieldFindings id={`${id}-findings`} findings={findings} serverMessage={serverMessage} />
    </div>
  );
}
