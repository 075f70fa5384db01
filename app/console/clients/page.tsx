import type { Metadata } from 'next';
import { PageHeader } from '@/components/console/page-header';
import { requirePageUser } from '@/lib/auth/guard';
import { getDb } from '@/lib/db/client';

export const metadata: Metadata = { title: 'Clients' };

export default async function ClientsPage() {
  const user = await requirePageUser(['admin', 'developer'], '/console/clients');
  const db = await getDb();
  // Developers see only what they own; admins see every client.
  const clients = await db.client.findMany({
    where: user.role === 'admin' ? {} : { ownerId: user.id },
    select: { id: true, clientId: true, clientName: true, applicationType: true, tokenEndpointAuthMethod: true, status: true },
    orderBy: { createdAt: 'desc' },
    take: 50,
  });
  return (
    <>
      <PageHeader title="Clients" description="OAuth 2.0 and OpenID Connect clients registered with this server." />
      {clients.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 p-8 text-center text-sm text-slate-600 dark:border-slate-700 dark:text-slate-400">
          No clients yet.
        </p>
      ) : (
        <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white dark:divide-slate-800 dark:border-slate-800 dark:bg-slate-900">
          {clients.map((client) => (
            <li key={client.id} className="flex flex-wrap gap-4 p-4 text-sm">
              <span className="font-medium">{client.clientName ?? client.clientId}</span>
              <code className="text-slate-500">{client.clientId}</code>
              <span>{client.applicationType}</span>
              <span>{client.tokenEndpointAuthMethod}</span>
              <span>{client.status}</span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
