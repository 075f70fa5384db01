import type { ClientStatusValue } from '@/lib/console/client-list-query';

const statusTone: Record<ClientStatusValue, string> = {
  active: 'bg-emerald-100 text-emerald-800 dark:bg-emerald-950 dark:text-emerald-200',
  disabled: 'bg-slate-200 text-slate-700 dark:bg-slate-800 dark:text-slate-300',
  pending: 'bg-sky-100 text-sky-800 dark:bg-sky-950 dark:text-sky-200',
};

export function StatusBadge({ status }: { status: ClientStatusValue }) {
  return <span className={`inline-block rounded-full px-2 py-0.5 text-xs font-medium ${statusTone[status]}`}>{status}</span>;
}

/** The detail page's wording for pending: it says what the client is waiting for. */
export function PendingApprovalBadge() {
  return <span className={`inline-block rounded-full px-2 py-0.5 text-xs font-medium ${statusTone.pending}`}>Pending approval</span>;
}

export function WarningBadge({ count }: { count: number }) {
  if (count <= 0) return null;
  return (
    <span className="inline-block rounded-full bg-amber-100 px-2 py-0.5 text-xs font-medium text-amber-900 dark:bg-amber-950 dark:text-amber-200">
      {count} {count === 1 ? 'warning' : 'warnings'}
    </span>
  );
}
