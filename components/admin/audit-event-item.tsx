import type { AuditEvent } from '@/lib/db/generated/client';

function JsonBlock({ title, value }: { title: string; value: unknown }) {
  if (value === null || value === undefined) return null;
  return (
    <div className="min-w-0 flex-1">
      <h3 className="mb-1 text-xs font-semibold uppercase text-slate-500">{title}</h3>
      <pre className="overflow-x-auto rounded bg-slate-100 p-2 text-xs dark:bg-slate-800">{JSON.stringify(value, null, 2)}</pre>
    </div>
  );
}

/**
 * One event, collapsed to a line, with what it recorded shown as stored: the writers keep secrets
 * out of the log, so nothing is filtered here.
 */
export function AuditEventItem({ event, showTarget = true }: { event: AuditEvent; /** Off where every event has the same target, as on a client's page. */ showTarget?: boolean }) {
  const hasDetails = event.before !== null || event.after !== null || event.detail !== null || event.ip !== null;
  const summary = (
    <span className="flex flex-wrap gap-x-4 gap-y-1">
      <time dateTime={event.at.toISOString()} className="text-slate-500">
        {event.at.toISOString().replace('T', ' ').slice(0, 19)}
      </time>
      <span className="font-medium">{event.action}</span>
      <span>{event.actorLabel ?? event.actorType}</span>
      {showTarget && event.targetType ? (
        <span className="text-slate-500">
          {event.targetType} <code>{event.targetId}</code>
        </span>
      ) : null}
    </span>
  );
  if (!hasDetails) return <li className="p-3">{summary}</li>;
  return (
    <li className="p-3">
      <details>
        <summary className="cursor-pointer">{summary}</summary>
        <div className="mt-3 space-y-3">
          <p className="text-xs text-slate-500">
            Actor: {event.actorType}
            {event.actorId ? ` ${event.actorId}` : ''}
            {event.ip ? ` from ${event.ip}` : ''}
          </p>
          <div className="flex flex-col gap-3 md:flex-row">
            <JsonBlock title="Before" value={event.before} />
            <JsonBlock title="After" value={event.after} />
          </div>
          <JsonBlock title="Detail" value={event.detail} />
        </div>
      </details>
    </li>
  );
}
