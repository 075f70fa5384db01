import type { Explanation } from '@/lib/metadata';

/** What an option does, when to pick it, what goes with it and what can go wrong, with the clause behind it. */
export function ExplanationCard({ explanation, id }: { explanation: Explanation; id?: string }) {
  return (
    <div id={id} className="rounded-md border border-slate-200 bg-slate-50 p-3 text-xs dark:border-slate-800 dark:bg-slate-950">
      <p className="mb-1 text-sm font-medium">{explanation.title}</p>
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
        <dt className="font-semibold text-slate-500">What</dt>
        <dd>{explanation.what}</dd>
        <dt className="font-semibold text-slate-500">When</dt>
        <dd>{explanation.chooseWhen}</dd>
        <dt className="font-semibold text-slate-500">Pairs with</dt>
        <dd>{explanation.pairsWith}</dd>
        <dt className="font-semibold text-slate-500">Risks</dt>
        <dd>{explanation.risks}</dd>
        <dt className="font-semibold text-slate-500">Spec</dt>
        <dd>
          <a className="underline" href={explanation.spec.url} target="_blank" rel="noreferrer">
            {explanation.spec.clause}
          </a>
        </dd>
      </dl>
    </div>
  );
}
