'use client';

import { useDeferredValue, useId, useMemo, useState } from 'react';
import { useFormContext } from 'react-hook-form';
import { optionVerdicts, policyRefusal, type OptionField, type OptionVerdict } from '@/lib/console/new-client/compatibility';
import type { ClientFormValues } from '@/lib/console/new-client/form-values';
import type { Explanation } from '@/lib/metadata';
import { ExplanationCard } from './explanation-card';
import { FieldFindings } from './field-findings';
import { useLiveAnalysis } from './live-analysis';

function Chip({ verdict, refused }: { verdict: OptionVerdict | undefined; refused: boolean }) {
  if (!verdict) return null;
  if (refused && !verdict.selected) return <span className="rounded-full bg-slate-200 px-2 text-xs text-slate-700 dark:bg-slate-700 dark:text-slate-200">not allowed</span>;
  if (verdict.selected) return <span className="rounded-full bg-indigo-100 px-2 text-xs text-indigo-800 dark:bg-indigo-900 dark:text-indigo-200">chosen</span>;
  if (verdict.conflicts.length === 0) {
    return <span className="rounded-full bg-emerald-100 px-2 text-xs text-emerald-800 dark:bg-emerald-900 dark:text-emerald-200">compatible</span>;
  }
  return <span className="rounded-full bg-red-100 px-2 text-xs text-red-800 dark:bg-red-900 dark:text-red-200">conflicts</span>;
}

/**
 * Checkboxes (grant and response types) or radios (auth method) with a compatibility chip on each
 * option and, for the option in focus or under the pointer, its explanation and why it would or
 * would not fit the current choices.
 */
export function OptionGroup({
  name,
  legend,
  kind,
  options,
  explanations,
}: {
  name: OptionField;
  legend: string;
  kind: 'checkbox' | 'radio';
  options: readonly string[];
  explanations: Readonly<Record<string, Explanation>>;
}) {
  const id = useId();
  const { register, getValues, formState } = useFormContext<ClientFormValues>();
  const { context, metadata, byField } = useLiveAnalysis();
  // The matrix runs the rulebook once per option, so it may lag a keystroke behind the form.
  const deferred = useDeferredValue(metadata);
  const verdicts = useMemo(() => new Map(optionVerdicts(deferred, name, options, context).map((verdict) => [verdict.value, verdict])), [deferred, name, options, context]);
  const [active, setActive] = useState<string | null>(null);
  const chosen = getValues(name);
  const shown = active ?? (Array.isArray(chosen) ? chosen[0] : chosen) ?? options[0];
  const shownVerdict = shown ? verdicts.get(shown) : undefined;
  const serverMessage = formState.errors[name]?.message;
  const refusals = useMemo(() => new Map(options.map((option) => [option, policyRefusal(context, name, option)])), [context, name, options]);
  const shownRefusal = shown ? refusals.get(shown) : null;

  return (
    <fieldset className="min-w-0 space-y-2" aria-describedby={`${id}-findings`}>
      <legend className="text-sm font-medium">{legend}</legend>
      <div className="grid gap-4 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
        <div className="space-y-1" onMouseLeave={() => setActive(null)}>
          {options.map((option) => {
            const verdict = verdicts.get(option);
            const refusal = refusals.get(option) ?? null;
            // A refused option stays enabled while chosen, so it can be unchosen.
            const locked = refusal !== null && !verdict?.selected;
            return (
              <label
                key={option}
                className={`flex items-center gap-2 rounded px-2 py-1 text-sm ${locked ? 'cursor-not-allowed text-slate-500' : 'cursor-pointer hover:bg-slate-100 dark:hover:bg-slate-800'}`}
                onMouseEnter={() => setActive(option)}
                onFocus={() => setActive(option)}
                title={refusal ?? (verdict?.conflicts.join('\n') || undefined)}
              >
                <input type={kind} value={option} disabled={locked} aria-describedby={`${id}-explanation`} {...register(name)} />
                <span className="min-w-0 flex-1">
                  <code className="break-all text-xs">{option}</code>
                  {explanations[option] ? <span className="block text-xs text-slate-500">{explanations[option].title}</span> : null}
                  {/* A disabled input takes no focus, so its reason is part of its name for assistive technology. */}
                  {locked ? <span className="sr-only">{refusal}</span> : null}
                </span>
                <Chip verdict={verdict} refused={refusal !== null} />
              </label>
            );
          })}
        </div>
        <div id={`${id}-explanation`} className="min-h-48 space-y-2">
          {shown && explanations[shown] ? <ExplanationCard explanation={explanations[shown]} /> : null}
          {shownRefusal ? <p className="text-xs font-medium text-slate-700 dark:text-slate-300">{shownRefusal}</p> : null}
          {shownVerdict && !shownVerdict.selected && !shownRefusal ? (
            <div className="text-xs">
              {shownVerdict.conflicts.length === 0 ? (
                <p className="text-emerald-700 dark:text-emerald-400">
                  Fits the current choices{shownVerdict.alsoAdds.length > 0 ? ` (together with ${shownVerdict.alsoAdds.join(', ')})` : ''}.
                </p>
              ) : (
                <>
                  <p className="font-medium text-red-700 dark:text-red-400">Why not with the current choices:</p>
                  <ul className="list-disc pl-4">
                    {shownVerdict.conflicts.map((conflict) => (
                      <li key={conflict}>{conflict}</li>
                    ))}
                  </ul>
                </>
              )}
            </div>
          ) : null}
        </div>
      </div>
      <FieldFindings id={`${id}-findings`} findings={byField.get(name)} serverMessage={serverMessage} />
    </fieldset>
  );
}
