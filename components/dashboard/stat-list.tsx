import type { CountRow } from '@/lib/console/dashboard';

/** A few headline numbers as a description list: label, then value. */
export function StatList({ title, rows }: { title: string; rows: readonly CountRow[] }) {
  return (
    <section aria-label={title} className="rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900">
      <h2 className="font-semibold">{title}</h2>
      <dl className="mt-2 grid grid-cols-2 gap-x-4 gap-y-1 text-sm">
        {rows.map((row) => (
          <div key={row.key} className="contents">
            <dt className="text-slate-600 dark:text-slate-400">{row.key}</dt>
            <dd className="text-right text-lg font-semibold tabular-nums">{row.count}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
