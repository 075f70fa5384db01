import type { Metadata } from 'next';
import Link from 'next/link';
import { EditClientSettings } from '@/components/client-form/edit-client-settings';
import { PageHeader } from '@/components/console/page-header';
import { readConfig } from '@/lib/config';
import { registrantKindLabels } from '@/lib/console/admin/policy-form';
import type { RegistrantKind } from '@/lib/metadata';
import { storedMetadata } from '@/lib/registration/client-record';
import { analyzeContextFor, effectiveKindPolicy } from '@/lib/registration/policy';
import { loadRegistrationPolicy } from '@/lib/registration/settings-store';
import { loadManageableClient } from '../load-client';

export const metadata: Metadata = { title: 'Client settings' };

export default async function EditClientPage({ params }: { params: Promise<{ clientId: string }> }) {
  const { db, client } = await loadManageableClient(params, '/edit');
  // A change is judged under the policy of whoever registered the client, as the service will judge it.
  const kind = client.registrantKind as RegistrantKind;
  const context = analyzeContextFor(kind, effectiveKindPolicy(await loadRegistrationPolicy(db), kind));
  const detail = `/console/clients/${encodeURIComponent(client.clientId)}`;
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={detail} className="text-indigo-700 hover:underline dark:text-indigo-300">
          ← {client.clientName ?? client.clientId}
        </Link>
      </p>
      <PageHeader title="Client settings" description={`client_id ${client.clientId}. Checked live against the registration policy for ${registrantKindLabels[kind].toLowerCase()}, which registered it.`} />
      <EditClientSettings clientId={client.clientId} version={client.version} metadata={storedMetadata(client)} context={context} issuer={readConfig().APP_URL} />
    </>
  );
}
