import { forwardRef, type InputHTMLAttributes } from 'react';

interface CheckboxListProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'type'> {
  legend: string;
  hint?: string;
  options: readonly string[];
  error?: string;
}

/**
 * A fieldset of checkboxes sharing one name. react-hook-form reads such a group as the array of
 * checked values, so `register('field')` is spread onto every box.
 */
export const CheckboxList = forwardRef<HTMLInputElement, CheckboxListProps>(function CheckboxList({ legend, hint, options, error, ...props }, ref) {
  return (
    <fieldset className="space-y-1">
      <legend className="text-sm font-medium">{legend}</legend>
      {hint ? <p className="text-xs text-slate-500 dark:text-slate-400">{hint}</p> : null}
      <div className="flex flex-wrap gap-x-4 gap-y-1">
        {options.map((option) => (
          <label key={option} className="inline-flex items-center gap-2 text-sm">
            <input ref={ref} type="checkbox" value={option} {...props} />
            <code>{option}</code>
          </label>
        ))}
      </div>
      {error ? <p className="text-sm text-red-600 dark:text-red-400">{error}</p> : null}
    </fieldset>
  );
});
