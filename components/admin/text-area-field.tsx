import { forwardRef, type TextareaHTMLAttributes } from 'react';
import { FieldFrame, useFieldWiring } from '../ui/field-frame';

interface TextAreaFieldProps extends TextareaHTMLAttributes<HTMLTextAreaElement> {
  label: string;
  error?: string;
  hint?: string;
}

/** The multi-line sibling of TextField, with the same label, hint and error wiring. */
export const TextAreaField = forwardRef<HTMLTextAreaElement, TextAreaFieldProps>(function TextAreaField({ label, error, hint, id, ...props }, ref) {
  const { fieldId, describedBy, invalid } = useFieldWiring(id, hint, error);
  return (
    <FieldFrame fieldId={fieldId} label={label} hint={hint} error={error}>
      <textarea
        ref={ref}
        id={fieldId}
        aria-invalid={invalid}
        aria-describedby={describedBy}
        className="block w-full rounded-md border border-slate-300 bg-white px-3 py-2 font-mono text-sm shadow-sm focus:border-indigo-500 focus:outline-none focus:ring-2 focus:ring-indigo-500 dark:border-slate-700 dark:bg-slate-900"
        {...props}
      />
    </FieldFrame>
  );
});
