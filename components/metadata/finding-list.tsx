import type { Finding } from '@/lib/metadata';

const tone = {
  error: 'border-red-300 bg-red-50 dark:border-red-800 dark:bg-red-950',
  warning: 'border-amber-300 bg-amber-50 dark:border-amber-800 dark:bg-amber-950',
  info: 'border-sky-300 bg-sky-50 dark:border-sky-800 dark:bg-sky-950',
} as const;

/** Findings with their reason, the fields they point at, the spec clause and, where one exists, a fix. */
export function FindingList({ findings, onFix }: { findings: readonly Finding[]; onFix?: (finding: Finding) => void }) {
  return (
    <ul className="space-y-2">
      {findings.map((finding, index) => (
        <li key={`${finding.ruleId}-${index}`} className={`rounded-md border p-3 text-sm ${tone[finding.severity]}`}>
          <p className="font-medium">
            <span className="uppercase">{finding.severity}</span> · {finding.message}
          </p>
          <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">
            {finding.fields.length > 0 ? <code>{finding.fields.join(', ')}</code> : null}
            {' · '}
            <a className="underline" href={finding.spec.url} target="_blank" rel="noreferrer">
              {finding.spec.clause}
            </a>
            {' · '}
            <a className="underline" href={`/console/rules#${finding.ruleId}`}>
              {finding.ruleId}
            </a>
          </p>
          {finding.fix && onFix ? (
            <button
              type="button"
              onClick={() => onFix(finding)}
              className="mt-2 rounded border border-slate-300 bg-white px-2 py-1 text-xs font-medium hover:bg-slate-100 dark:border-slate-700 dark:bg-slate-900"
            >
              Apply fix: {finding.fix.label}
            </button>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
