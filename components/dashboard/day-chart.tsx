import type { DayCount } from '@/lib/console/dashboard';

const WIDTH = 600;
const HEIGHT = 120;

/** Columns per day in plain SVG, with a summary for screen readers and the full numbers in a table. */
export function DayChart({ title, days, note }: { title: string; days: readonly DayCount[]; note?: string }) {
  const peak = Math.max(0, ...days.map((day) => day.count));
  // At least 1, so an empty month draws flat columns instead of dividing by zero.
  const max = Math.max(1, peak);
  const total = days.reduce((sum, day) => sum + day.count, 0);
  const slot = WIDTH / Math.max(1, days.length);
  const first = days[0]?.day ?? '';
  const last = days.at(-1)?.day ?? '';
  const summary = `${title}: ${total} in total from ${first} to ${last}, at most ${peak} on one day.`;
  return (
    <figure className="rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900">
      <figcaption className="font-semibold">{title}</figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={summary} className="mt-3 h-32 w-full" preserveAspectRatio="none">
        {days.map((day, index) => {
          const height = (day.count / max) * (HEIGHT - 4);
          return (
            <rect key={day.day} x={index * slot + 1} y={HEIGHT - height} width={Math.max(1, slot - 2)} height={height} className="fill-indigo-500">
              <title>{`${day.day}: ${day.count}`}</title>
            </rect>
          );
        })}
        <line x1={0} y1={HEIGHT - 0.5} x2={WIDTH} y2={HEIGHT - 0.5} className="stroke-slate-300 dark:stroke-slate-700" />
      </svg>
      <div className="flex justify-between text-xs text-slate-500" aria-hidden="true">
        <span>{first}</span>
        <span>{last}</span>
      </div>
      {note ? <p className="mt-2 text-xs text-slate-600 dark:text-slate-400">{note}</p> : null}
      <details className="mt-2 text-sm">
        <summary className="cursor-pointer text-indigo-700 dark:text-indigo-300">Show as table</summary>
        <table className="mt-2 text-sm">
          <caption className="sr-only">{title}, by UTC day</caption>
          <thead>
            <tr>
              <th scope="col" className="pr-4 text-left">Day (UTC)</th>
              <th scope="col" className="text-right">Count</th>
            </tr>
          </thead>
          <tbody>
            {days.map((day) => (
              <tr key={day.day}>
                <td className="pr-4 font-mono text-xs">{day.day}</td>
                <td className="text-right tabular-nums">{day.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
