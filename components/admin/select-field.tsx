import { forwardRef, type SelectHTMLAttributes } from 'react';
import { FieldFrame, useFieldWiring } from '../ui/field-frame';

interface SelectFieldProps extends SelectHTMLAttributes<HTMLSelectElement> {
  label: string;
  options: readonly { value: string; label: string }[];
  hint?: string;
}

export const SelectField = forwardRef<HTMLSelectElement, SelectFieldProps>(function SelectField({ label, options, hint, id, ...props }, ref) {
  const { fieldId, describedBy } = useFieldWiring(id, hint, undefined);
  return (
    <FieldFrame fieldId={fieldId} label={label} hint={hint}>
      <select
        ref={ref}
        id={fieldId}
        aria-describedby={describedBy}
        className="block rounded-md border border-slate-300 bg-white px-3 py-2 text-sm dark:border-slate-700 dark:bg-slate-900"
        {...props}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
});
