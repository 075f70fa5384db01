import type { Metadata } from 'next';
import { PageHeader } from '@/components/console/page-header';
import { requirePageUser } from '@/lib/auth/guard';
import { getDb } from '@/lib/db/client';

export const metadata: Metadata = { title: 'Audit log' };

export default async function AuditPage() {
  await requirePageUser(['admin'], '/console/audit');
  const events = await (await getDb()).auditEvent.findMany({ orderBy: { at: 'desc' }, take: 100 });
  return (
    <>
      <PageHeader title="Audit log" description="Who changed what, and when. Secrets are never recorded." />
      <ol className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white text-sm dark:divide-slate-800 dark:border-slate-800 dark:bg-slate-900">
        {events.map((event) => (
          <li key={event.id} className="flex flex-wrap gap-x-4 gap-y-1 p-3">
            <time dateTime={event.at.toISOString()} className="text-slate-500">
              {event.at.toISOString().replace('T', ' ').slice(0, 19)}
            </time>
            <span className="font-medium">{event.action}</span>
            <span>{event.actorLabel ?? event.actorType}</span>
            {event.targetType ? (
              <span className="text-slate-500">
                {event.targetType} {event.targetId}
              </span>
            ) : null}
          </li>
        ))}
        {events.length === 0 ? <li className="p-3 text-slate-500">Nothing recorded yet.</li> : null}
      </ol>
    </>
  );
}
