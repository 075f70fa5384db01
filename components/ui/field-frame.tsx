import { useId, type ReactNode } from 'react';

export interface FieldWiring {
  fieldId: string;
  /** The ids of the hint or error shown under the control, for aria-describedby. */
  describedBy: string | undefined;
  invalid: true | undefined;
}

/** Ids that tie a control to its label and to the one message shown under it: the error, else the hint. */
export function useFieldWiring(id: string | undefined, hint: string | undefined, error: string | undefined): FieldWiring {
  const generated = useId();
  const fieldId = id ?? generated;
  const describedBy = error ? `${fieldId}-error` : hint ? `${fieldId}-hint` : undefined;
  return { fieldId, describedBy, invalid: error ? true : undefined };
}

/** The label above a control and its hint or error below, shared by every form field. */
export function FieldFrame({ fieldId, label, hint, error, children }: { fieldId: string; label: string; hint?: string; error?: string; children: ReactNode }) {
  return (
    <div className="space-y-1">
      <label htmlFor={fieldId} className="block text-sm font-medium">
        {label}
      </label>
      {children}
      {hint && !error ? (
        <p id={`${fieldId}-hint`} className="text-xs text-slate-500 dark:text-slate-400">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${fieldId}-error`} className="text-sm text-red-600 dark:text-red-400">
          {error}
        </p>
      ) : null}
    </div>
  );
}
