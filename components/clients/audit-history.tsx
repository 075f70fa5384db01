import type { clientAuditHistory } from '@/lib/console/client-audit';

type Events = Awaited<ReturnType<typeof clientAuditHistory>>;

function Json({ label, value }: { label: string; value: unknown }) {
  if (value === null || value === undefined) return null;
  return (
    <div>
      <p className="text-xs font-medium text-slate-600 dark:text-slate-400">{label}</p>
      <pre className="max-h-64 overflow-auto rounded bg-slate-950 p-2 text-xs text-slate-100">{JSON.stringify(value, null, 2)}</pre>
    </div>
  );
}

/** What happened to this client and who did it, newest first. */
export function AuditHistory({ events }: { events: Events }) {
  if (events.length === 0) return <p className="text-sm text-slate-600 dark:text-slate-400">No recorded changes.</p>;
  return (
    <ol aria-label="Audit history" className="space-y-2">
      {events.map((event) => (
        <li key={event.id} className="rounded-md border border-slate-200 p-3 text-sm dark:border-slate-800">
          <details>
            <summary className="cursor-pointer">
              <code className="font-medium">{event.action}</code> by {event.actorLabel ?? event.actorType} ·{' '}
              <time dateTime={event.at.toISOString()}>{event.at.toUTCString()}</time>
            </summary>
            <div className="mt-2 grid grid-cols-1 gap-2 md:grid-cols-2">
              <Json label="Before" value={event.before} />
              <Json label="After" value={event.after} />
              <Json label="Detail" value={event.detail} />
            </div>
          </details>
        </li>
      ))}
    </ol>
  );
}
