'use client';

import { useId, useRef } from 'react';
import { useFieldArray, useFormContext } from 'react-hook-form';
import type { ClientFormValues } from '@/lib/console/new-client/form-values';
import { FieldFindings } from './field-findings';
import { useLiveAnalysis } from './live-analysis';
import { inputClass } from './text-input';

type ListName = 'redirect_uris' | 'post_logout_redirect_uris';

/** Rows of URIs to add and remove; each row shows the findings about that very URI. `itemLabel` reads mid-sentence ("redirect URI"). */
export function UriListInput({ name, label, itemLabel, placeholder }: { name: ListName; label: string; itemLabel: string; placeholder?: string }) {
  const id = useId();
  const { control, register, formState, setFocus } = useFormContext<ClientFormValues>();
  const { fields, append, remove } = useFieldArray({ control, name });
  const { byField } = useLiveAnalysis();
  const addButton = useRef<HTMLButtonElement>(null);
  const rowLabel = itemLabel.charAt(0).toUpperCase() + itemLabel.slice(1);

  const removeRow = (index: number) => {
    remove(index);
    // Keep the keyboard near where it was: the row above, or the add button when none is left.
    if (index > 0) setTimeout(() => setFocus(`${name}.${index - 1}.value`));
    else addButton.current?.focus();
  };

  return (
    <fieldset className="min-w-0 space-y-2">
      <legend className="text-sm font-medium">{label}</legend>
      {fields.length === 0 ? <p className="text-xs text-slate-500">None.</p> : null}
      {fields.map((field, index) => {
        const rowName = `${name}.${index}.value` as const;
        const findings = byField.get(rowName);
        const invalid = findings?.some((finding) => finding.severity === 'error');
        return (
          <div key={field.id}>
            <div className="flex gap-2">
              <label htmlFor={`${id}-${index}`} className="sr-only">
                {rowLabel} {index + 1}
              </label>
              <input
                id={`${id}-${index}`}
                type="url"
                placeholder={placeholder}
                aria-invalid={invalid || undefined}
                aria-describedby={`${id}-${index}-findings`}
                className={inputClass}
                {...register(rowName)}
              />
              <button
                type="button"
                onClick={() => removeRow(index)}
                aria-label={`Remove ${itemLabel} ${index + 1}`}
                className="rounded-md border border-slate-300 px-3 text-sm hover:bg-slate-100 focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-500 dark:border-slate-700 dark:hover:bg-slate-800"
              >
                Remove
              </button>
            </div>
            <FieldFindings id={`${id}-${index}-findings`} findings={findings} serverMessage={formState.errors[name]?.[index]?.value?.message} />
          </div>
        );
      })}
      <FieldFindings id={`${id}-list-findings`} findings={byField.get(name)} serverMessage={formState.errors[name]?.message} />
      <button
        ref={addButton}
        type="button"
        onClick={() => append({ value: '' })}
        className="rounded-md border border-dashed border-slate-400 px-3 py-1 text-sm hover:bg-slate-100 focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-500 dark:hover:bg-slate-800"
      >
        Add {itemLabel}
      </button>
    </fieldset>
  );
}
