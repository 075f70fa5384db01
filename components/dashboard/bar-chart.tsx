import type { CountRow } from '@/lib/console/dashboard';

/**
 * Horizontal bars drawn with CSS. The chart is a real table, so screen readers and copy-paste get
 * the numbers; the bars themselves are decoration and hidden from assistive technology.
 */
export function BarChart({ title, rows, emptyText = 'Nothing to show yet.' }: { title: string; rows: readonly CountRow[]; emptyText?: string }) {
  const max = Math.max(1, ...rows.map((row) => row.count));
  return (
    <figure className="rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900">
      <table className="w-full text-sm">
        <caption className="mb-2 text-left font-semibold">{title}</caption>
        <thead className="sr-only">
          <tr>
            <th scope="col">Value</th>
            <th scope="col">Clients</th>
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={2} className="text-slate-600 dark:text-slate-400">
                {emptyText}
              </td>
            </tr>
          ) : null}
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row" className="w-40 py-1 pr-2 text-left font-mono text-xs font-normal">
                {row.key}
              </th>
              <td className="py-1">
                <div className="flex items-center gap-2">
                  <div aria-hidden="true" className="h-3 rounded bg-indigo-500" style={{ width: `${(row.count / max) * 100}%`, minWidth: row.count > 0 ? '2px' : 0 }} />
                  <span className="tabular-nums">{row.count}</span>
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
