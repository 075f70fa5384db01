import type { DayCount, StackedDay } from '@/lib/console/dashboard';

const WIDTH = 600;
const HEIGHT = 120;

// Written out whole so Tailwind finds every class; each has a lighter shade for dark mode.
const SWATCHES = [
  { fill: 'fill-indigo-500 dark:fill-indigo-400', bg: 'bg-indigo-500 dark:bg-indigo-400' },
  { fill: 'fill-emerald-500 dark:fill-emerald-400', bg: 'bg-emerald-500 dark:bg-emerald-400' },
  { fill: 'fill-amber-500 dark:fill-amber-400', bg: 'bg-amber-500 dark:bg-amber-400' },
  { fill: 'fill-sky-600 dark:fill-sky-300', bg: 'bg-sky-600 dark:bg-sky-300' },
  { fill: 'fill-rose-500 dark:fill-rose-400', bg: 'bg-rose-500 dark:bg-rose-400' },
  { fill: 'fill-fuchsia-600 dark:fill-fuchsia-400', bg: 'bg-fuchsia-600 dark:bg-fuchsia-400' },
  { fill: 'fill-slate-500 dark:fill-slate-400', bg: 'bg-slate-500 dark:bg-slate-400' },
] as const;

export interface ChartSeries {
  key: string;
  label: string;
  /** Index into the palette; a series keeps its colour even when others come and go. */
  color: number;
}

const swatch = (color: number) => SWATCHES[Math.min(Math.max(0, color), SWATCHES.length - 1)]!;
const number = (value: number) => value.toLocaleString('en');

/** A one-series chart's days in the stacked shape, for counts that have no breakdown. */
export function singleSeries(days: readonly DayCount[], key: string): StackedDay[] {
  return days.map((day) => ({ day: day.day, total: day.count, counts: { [key]: day.count } }));
}

/**
 * Columns per day in plain SVG, stacked by series when there are several. Screen readers get a
 * summary on the image, and everyone gets the legend with totals and the full numbers in a table.
 */
export function DayChart({
  title,
  series,
  days,
  note,
  breakdownHeading = 'Breakdown',
}: {
  title: string;
  series: readonly ChartSeries[];
  days: readonly StackedDay[];
  note?: string;
  /** Heading of the table column that splits each day by series. */
  breakdownHeading?: string;
}) {
  const peak = Math.max(0, ...days.map((day) => day.total));
  // At least 1, so an empty month draws flat columns instead of dividing by zero.
  const max = Math.max(1, peak);
  const total = days.reduce((sum, day) => sum + day.total, 0);
  const totals = series.map((entry) => ({ ...entry, total: days.reduce((sum, day) => sum + (day.counts[entry.key] ?? 0), 0) }));
  const stacked = series.length > 1;
  const slot = WIDTH / Math.max(1, days.length);
  const first = days[0]?.day ?? '';
  const last = days.at(-1)?.day ?? '';
  const split = stacked ? ` ${totals.map((entry) => `${entry.label} ${number(entry.total)}`).join(', ')}.` : '';
  const summary = `${title}: ${number(total)} in total from ${first} to ${last}, at most ${number(peak)} on one day.${split}`;
  const breakdown = (day: StackedDay) =>
    series
      .filter((entry) => (day.counts[entry.key] ?? 0) > 0)
      .map((entry) => `${entry.label} ${number(day.counts[entry.key] ?? 0)}`)
      .join(', ');

  return (
    <figure className="min-w-0 rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900">
      <figcaption className="font-semibold">{title}</figcaption>
      {stacked ? (
        <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-700 dark:text-slate-300">
          {totals.map((entry) => (
            <li key={entry.key} className="flex items-center gap-1.5">
              <span aria-hidden="true" className={`inline-block h-2.5 w-2.5 rounded-sm ${swatch(entry.color).bg}`} />
              {entry.label}
              <span className="tabular-nums text-slate-500 dark:text-slate-400">{number(entry.total)}</span>
            </li>
          ))}
        </ul>
      ) : null}
      <div className="mt-3 flex justify-end text-xs text-slate-500 dark:text-slate-400" aria-hidden="true">
        <span>peak {number(peak)}</span>
      </div>
      <div className="relative">
        <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={summary} className="h-32 w-full" preserveAspectRatio="none">
          {days.map((day, index) => {
            let top = HEIGHT;
            return series.map((entry) => {
              const count = day.counts[entry.key] ?? 0;
              if (count === 0) return null;
              const height = (count / max) * (HEIGHT - 4);
              top -= height;
              return (
                <rect
                  key={`${day.day}-${entry.key}`}
                  x={index * slot + 1}
                  y={top}
                  width={Math.max(1, slot - 2)}
                  height={height}
                  className={swatch(entry.color).fill}
                >
                  <title>{stacked ? `${day.day}: ${entry.label} ${number(count)} of ${number(day.total)}` : `${day.day}: ${number(count)}`}</title>
                </rect>
              );
            });
          })}
          <line x1={0} y1={HEIGHT - 0.5} x2={WIDTH} y2={HEIGHT - 0.5} vectorEffect="non-scaling-stroke" className="stroke-slate-300 dark:stroke-slate-700" />
        </svg>
        {total === 0 ? (
          // Same size as a full chart, so the page does not jump when the first count arrives.
          <p className="absolute inset-0 flex items-center justify-center text-sm text-slate-500 dark:text-slate-400">None in these days yet.</p>
        ) : null}
      </div>
      <div className="flex justify-between text-xs text-slate-500 dark:text-slate-400" aria-hidden="true">
        <span>{first}</span>
        <span>{last}</span>
      </div>
      {note ? <p className="mt-2 text-xs text-slate-600 dark:text-slate-400">{note}</p> : null}
      <details className="mt-2 text-sm">
        <summary className="cursor-pointer text-indigo-700 dark:text-indigo-300">Show as table</summary>
        <table className="mt-2 w-full text-sm">
          <caption className="sr-only">{title}, by UTC day</caption>
          <thead>
            <tr>
              <th scope="col" className="whitespace-nowrap pr-4 text-left">
                Day (UTC)
              </th>
              <th scope="col" className="pr-4 text-right">
                {stacked ? 'Total' : 'Count'}
              </th>
              {stacked ? (
                <th scope="col" className="text-left">
                  {breakdownHeading}
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody>
            {days.map((day) => (
              <tr key={day.day} className="align-top">
                <td className="whitespace-nowrap pr-4 font-mono text-xs">{day.day}</td>
                <td className="pr-4 text-right tabular-nums">{number(day.total)}</td>
                {stacked ? <td className="text-xs text-slate-600 dark:text-slate-400">{breakdown(day) || '—'}</td> : null}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
