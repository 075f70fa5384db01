import Link from 'next/link';
import type { AuditFilters } from '@/lib/console/admin/audit-query';

const inputClass = 'block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm dark:border-slate-700 dark:bg-slate-900';

function Field({ name, label, defaultValue, placeholder, list }: { name: keyof AuditFilters; label: string; defaultValue: string; placeholder?: string; list?: string }) {
  return (
    <div className="space-y-1">
      <label htmlFor={`audit-${name}`} className="block text-sm font-medium">
        {label}
      </label>
      <input id={`audit-${name}`} name={name} defaultValue={defaultValue} placeholder={placeholder} list={list} className={inputClass} />
    </div>
  );
}

/** A plain GET form: the filters live in the URL, so a filtered view can be bookmarked and shared. */
export function AuditFiltersForm({ filters, actions }: { filters: AuditFilters; actions: string[] }) {
  return (
    <form method="get" action="/console/audit" aria-label="Filter audit events" className="mb-6 grid gap-4 md:grid-cols-3 lg:grid-cols-6 lg:items-end">
      <Field name="actor" label="Actor" defaultValue={filters.actor} placeholder="email, id or system" />
      <Field name="action" label="Action" defaultValue={filters.action} placeholder="e.g. user." list="audit-actions" />
      <datalist id="audit-actions">
        {actions.map((action) => (
          <option key={action} value={action} />
        ))}
      </datalist>
      <Field name="target" label="Client or target id" defaultValue={filters.target} />
      <Field name="from" label="From (UTC)" defaultValue={filters.from} placeholder="2025-01-31 or 2025-01-31T09:00" />
      <Field name="to" label="To (UTC)" defaultValue={filters.to} placeholder="2025-01-31 or 2025-01-31T17:00" />
      <div className="flex gap-2">
        <button type="submit" className="rounded-md bg-indigo-600 px-4 py-2 text-sm font-medium text-white hover:bg-indigo-500">
          Filter
        </button>
        <Link href="/console/audit" className="rounded-md px-3 py-2 text-sm text-slate-600 underline dark:text-slate-400">
          Clear
        </Link>
      </div>
    </form>
  );
}
