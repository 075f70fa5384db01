import type { Metadata } from 'next';
import Link from 'next/link';
import { ClientList } from '@/components/clients/client-list';
import { PageHeader } from '@/components/console/page-header';
import { requirePageUser } from '@/lib/auth/guard';

export const metadata: Metadata = { title: 'Clients' };

export default async function ClientsPage() {
  const user = await requirePageUser(['admin', 'developer'], '/console/clients');
  return (
    <>
      <PageHeader
        title="Clients"
        description="OAuth 2.0 and OpenID Connect clients registered with this server."
        actions={
          <Link href="/console/clients/new" className="rounded-md bg-indigo-600 px-4 py-2 text-sm font-medium text-white hover:bg-indigo-500">
            Create a client
          </Link>
        }
      />
      {/* The role only shapes the filters; the API decides again which clients come back. */}
      <ClientList isAdmin={user.role === 'admin'} />
    </>
  );
}
