import { AuditEventItem } from '@/components/admin/audit-event-item';
import type { clientAuditHistory } from '@/lib/console/client-audit';

type Events = Awaited<ReturnType<typeof clientAuditHistory>>;

/** What happened to this client and who did it, newest first, shown as the audit log shows it. */
export function AuditHistory({ events }: { events: Events }) {
  if (events.length === 0) return <p className="text-sm text-slate-600 dark:text-slate-400">No recorded changes.</p>;
  return (
    <ol aria-label="Audit history" className="divide-y divide-slate-200 rounded-md border border-slate-200 text-sm dark:divide-slate-800 dark:border-slate-800">
      {events.map((event) => (
        <AuditEventItem key={event.id} event={event} showTarget={false} />
      ))}
    </ol>
  );
}
