import type { Metadata } from 'next';
import Link from 'next/link';
import { AuditHistory } from '@/components/clients/audit-history';
import { ClientKeys } from '@/components/clients/client-keys';
import { ClientOverview } from '@/components/clients/client-overview';
import { DeleteClient } from '@/components/clients/delete-client';
import { MetadataJson } from '@/components/clients/metadata-json';
import { ResetRegistrationToken } from '@/components/clients/reset-registration-token';
import { RotateSecret } from '@/components/clients/rotate-secret';
import { SecretExpiry } from '@/components/clients/secret-expiry';
import { Section } from '@/components/clients/section';
import { StatusToggle } from '@/components/clients/status-toggle';
import { TokenLifetimeForm } from '@/components/clients/token-lifetime-form';
import { TryIt } from '@/components/clients/try-it';
import { PageHeader } from '@/components/console/page-header';
import { FindingList } from '@/components/metadata/finding-list';
import { readConfig } from '@/lib/config';
import { clientAuditHistory } from '@/lib/console/client-audit';
import type { ClientStatusValue } from '@/lib/console/client-list-query';
import { secondsInWords } from '@/lib/console/admin/duration';
import { analyze } from '@/lib/metadata';
import { loadTokenLifetimes } from '@/lib/oauth/token/lifetime-settings';
import { clientInformation } from '@/lib/registration/client-information';
import { storedMetadata } from '@/lib/registration/client-record';
import { needsClientSecret } from '@/lib/registration/client-secret';
import { loadManageableClient } from './load-client';

export const metadata: Metadata = { title: 'Client' };

export default async function ClientDetailPage({ params }: { params: Promise<{ clientId: string }> }) {
  const { user, db, client } = await loadManageableClient(params);

  const [owner, events, lifetimes] = await Promise.all([
    client.ownerId ? db.user.findUnique({ where: { id: client.ownerId }, select: { email: true } }) : null,
    clientAuditHistory(db, client.clientId),
    loadTokenLifetimes(db),
  ]);
  const stored = storedMetadata(client);
  const findings = analyze(stored);
  const allFindings = [...findings.errors, ...findings.warnings, ...findings.infos];
  const information = clientInformation(client, readConfig().APP_URL);

  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/console/clients" className="text-indigo-700 hover:underline dark:text-indigo-300">
          ← Clients
        </Link>
      </p>
      <PageHeader
        title={client.clientName ?? 'Unnamed client'}
        description={`client_id ${client.clientId}`}
        actions={
          <Link href={`/console/clients/${encodeURIComponent(client.clientId)}/edit`} className="rounded-md bg-indigo-600 px-4 py-2 text-sm font-medium text-white hover:bg-indigo-500">
            Edit settings
          </Link>
        }
      />
      <div className="grid grid-cols-1 gap-6">
        <Section title="Overview">
          <ClientOverview client={client} ownerEmail={owner?.email ?? null} />
        </Section>
        <Section title="Rulebook findings" description="The stored metadata judged against the current rules.">
          {allFindings.length === 0 ? <p className="text-sm">No findings: the metadata follows every rule.</p> : <FindingList findings={allFindings} />}
        </Section>
        <Section title="Client metadata" description="The client information response (RFC 7591 §3.2.1), without secrets.">
          <MetadataJson clientId={client.clientId} information={information} />
        </Section>
        <Section title="Credentials">
          <div className="space-y-6">
            {needsClientSecret(stored) ? (
              <div className="space-y-2">
                <RotateSecret clientId={client.clientId} />
                <SecretExpiry client={client} />
              </div>
            ) : (
              <p className="text-sm text-slate-600 dark:text-slate-400">This client authenticates without a client secret.</p>
            )}
            {stored.token_endpoint_auth_method === 'private_key_jwt' ? <ClientKeys clientId={client.clientId} metadata={stored} /> : null}
            <ResetRegistrationToken clientId={client.clientId} registrationClientUri={String(information.registration_client_uri)} />
          </div>
        </Section>
        <Section title="Tokens" description="How long this client's access tokens (and the ID tokens issued with them) stay valid.">
          {user.role === 'admin' ? (
            <TokenLifetimeForm clientId={client.clientId} current={client.accessTokenLifetimeSeconds} serverDefault={lifetimes.accessTokenLifetimeSeconds} />
          ) : (
            <p className="text-sm" data-testid="token-lifetime">
              {client.accessTokenLifetimeSeconds === null
                ? `Access tokens use the server default: ${secondsInWords(lifetimes.accessTokenLifetimeSeconds)}.`
                : `Access tokens live ${secondsInWords(client.accessTokenLifetimeSeconds)}, as an admin set for this client.`}
            </p>
          )}
        </Section>
        <TryIt client={client} issuer={readConfig().APP_URL} />
        <Section title="Status" description="A disabled client cannot get tokens until it is enabled again.">
          <StatusToggle clientId={client.clientId} status={client.status as ClientStatusValue} canApprove={user.role === 'admin'} />
        </Section>
        <Section title="Audit history">
          <AuditHistory events={events} />
        </Section>
        <Section title="Delete client" description="Deleting removes the registration, its consents and grants. It cannot be undone.">
          <DeleteClient clientId={client.clientId} clientName={client.clientName} />
        </Section>
      </div>
    </>
  );
}
