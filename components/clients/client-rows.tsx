import Link from 'next/link';
import type { ClientListItem } from '@/lib/console/client-list-query';
import { StatusBadge, WarningBadge } from './badges';
import { CopyButton } from '../ui/copy-button';

function Logo({ uri }: { uri: string | null }) {
  if (!uri) return <span aria-hidden className="inline-block h-8 w-8 rounded bg-slate-200 dark:bg-slate-800" />;
  // A plain img: logos live on the client's own host, which the image optimizer must not fetch for us.
  // eslint-disable-next-line @next/next/no-img-element
  return <img src={uri} alt="" width={32} height={32} referrerPolicy="no-referrer" className="h-8 w-8 rounded object-contain" />;
}

export function ClientRows({ items }: { items: readonly ClientListItem[] }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
      <table className="w-full text-left text-sm">
        <thead className="border-b border-slate-200 text-xs uppercase tracking-wide text-slate-500 dark:border-slate-800">
          <tr>
            <th className="p-3">Name</th>
            <th className="p-3">client_id</th>
            <th className="p-3">Type</th>
            <th className="p-3">Auth method</th>
            <th className="p-3">Status</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200 dark:divide-slate-800">
          {items.map((client) => (
            <tr key={client.clientId}>
              <td className="p-3">
                <div className="flex items-center gap-3">
                  <Logo uri={client.logoUri} />
                  <div>
                    <Link href={`/console/clients/${encodeURIComponent(client.clientId)}`} className="font-medium text-indigo-700 hover:underline dark:text-indigo-300">
                      {client.clientName ?? 'Unnamed client'}
                    </Link>
                    {client.ownerEmail ? <p className="text-xs text-slate-500">{client.ownerEmail}</p> : null}
                  </div>
                  <WarningBadge count={client.warningCount} />
                </div>
              </td>
              <td className="p-3">
                <div className="flex items-center gap-2">
                  <code className="break-all text-xs text-slate-600 dark:text-slate-400">{client.clientId}</code>
                  <CopyButton value={client.clientId} label={`Copy client_id of ${client.clientName ?? client.clientId}`} />
                </div>
              </td>
              <td className="p-3">{client.applicationType}</td>
              <td className="p-3">
                <code className="text-xs">{client.tokenEndpointAuthMethod}</code>
              </td>
              <td className="p-3">
                <StatusBadge status={client.status} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
