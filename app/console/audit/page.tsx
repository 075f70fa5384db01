import type { Metadata } from 'next';
import Link from 'next/link';
import { AuditEventItem } from '@/components/admin/audit-event-item';
import { AuditFiltersForm } from '@/components/admin/audit-filters-form';
import { PageHeader } from '@/components/console/page-header';
import { Alert } from '@/components/ui/alert';
import { requirePageUser } from '@/lib/auth/guard';
import { auditPageHref, findAuditEvents, knownAuditActions, parseAuditFilters } from '@/lib/console/admin/audit-query';
import { getDb } from '@/lib/db/client';

export const metadata: Metadata = { title: 'Audit log' };

interface AuditPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function AuditPage({ searchParams }: AuditPageProps) {
  await requirePageUser(['admin'], '/console/audit');
  const filters = parseAuditFilters(await searchParams);
  const db = await getDb();
  const [{ events, hasMore }, actions] = await Promise.all([findAuditEvents(db, filters), knownAuditActions(db)]);
  return (
    <>
      <PageHeader title="Audit log" description="Who changed what, and when. Secrets are never recorded." />
      <AuditFiltersForm filters={filters} actions={actions} />
      {filters.ignored.length > 0 ? (
        <div className="mb-4">
          <Alert tone="error">Not a date or date and time, so not applied: {filters.ignored.join(', ')}.</Alert>
        </div>
      ) : null}
      <ol
        aria-label="Audit events"
        className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white text-sm dark:divide-slate-800 dark:border-slate-800 dark:bg-slate-900"
      >
        {events.map((event) => (
          <AuditEventItem key={event.id} event={event} />
        ))}
        {events.length === 0 ? <li className="p-3 text-slate-500">No events match.</li> : null}
      </ol>
      <nav aria-label="Audit pages" className="mt-4 flex items-center gap-4 text-sm">
        {filters.page > 1 ? (
          <Link href={auditPageHref(filters, filters.page - 1)} className="underline">
            Newer
          </Link>
        ) : null}
        <span className="text-slate-500">Page {filters.page}</span>
        {hasMore ? (
          <Link href={auditPageHref(filters, filters.page + 1)} className="underline">
            Older
          </Link>
        ) : null}
      </nav>
    </>
  );
}
