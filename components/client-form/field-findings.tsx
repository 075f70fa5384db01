import type { Finding } from '@/lib/metadata';

const marks = { error: 'text-red-700 dark:text-red-400', warning: 'text-amber-700 dark:text-amber-400', info: 'text-sky-700 dark:text-sky-400' } as const;
const words = { error: 'Error', warning: 'Warning', info: 'Tip' } as const;

/**
 * The findings about one input, right under it. One line is always reserved so the form does not
 * jump as findings come and go; the full text and fixes are in the findings panel.
 */
export function FieldFindings({ id, findings, serverMessage }: { id: string; findings: readonly Finding[] | undefined; serverMessage?: string }) {
  const first = findings?.[0];
  const more = (findings?.length ?? 0) - 1;
  return (
    <p id={id} className="min-h-5 truncate text-xs" title={findings?.map((finding) => finding.message).join('\n')}>
      {serverMessage ? <span className="text-red-700 dark:text-red-400">Server: {serverMessage}</span> : null}
      {!serverMessage && first ? (
        <span className={marks[first.severity]}>
          {words[first.severity]}: {first.message}
          {more > 0 ? ` (+${more} more)` : ''}
        </span>
      ) : null}
    </p>
  );
}
