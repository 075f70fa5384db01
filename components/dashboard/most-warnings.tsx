import Link from 'next/link';
import type { DashboardData } from '@/lib/console/dashboard';

/** The clients whose metadata draws the most rulebook warnings: the first ones worth fixing. */
export function MostWarnings({ clients }: { clients: DashboardData['mostWarnings'] }) {
  return (
    <section aria-label="Clients with the most warnings" className="rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900">
      <h2 className="font-semibold">Clients with the most warnings</h2>
      {clients.length === 0 ? (
        <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">No client has warnings.</p>
      ) : (
        <ol className="mt-2 grid gap-1 text-sm">
          {clients.map((client) => (
            <li key={client.clientId} className="flex justify-between gap-4">
              <Link href={`/console/clients/${encodeURIComponent(client.clientId)}`} className="truncate text-indigo-700 hover:underline dark:text-indigo-300">
                {client.clientName ?? client.clientId}
              </Link>
              <span className="tabular-nums">
                {client.warningCount} {client.warningCount === 1 ? 'warning' : 'warnings'}
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
