import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { AuditHistory } from '@/components/clients/audit-history';
import { ClientOverview } from '@/components/clients/client-overview';
import { DeleteClient } from '@/components/clients/delete-client';
import { MetadataJson } from '@/components/clients/metadata-json';
import { RotateSecret } from '@/components/clients/rotate-secret';
import { Section } from '@/components/clients/section';
import { StatusToggle } from '@/components/clients/status-toggle';
import { TryIt } from '@/components/clients/try-it';
import { PageHeader } from '@/components/console/page-header';
import { FindingList } from '@/components/metadata/finding-list';
import { requirePageUser } from '@/lib/auth/guard';
import { readConfig } from '@/lib/config';
import { clientAuditHistory } from '@/lib/console/client-audit';
import { findManageableClient } from '@/lib/console/client-access';
import type { ClientStatusValue } from '@/lib/console/client-list-query';
import { getDb } from '@/lib/db/client';
import { analyze } from '@/lib/metadata';
import { clientInformation } from '@/lib/registration/client-information';
import { storedMetadata } from '@/lib/registration/client-record';
import { needsClientSecret } from '@/lib/registration/client-secret';

export const metadata: Metadata = { title: 'Client' };

/** Route params may arrive still percent-encoded; a malformed escape is simply a client that does not exist. */
function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

export default async function ClientDetailPage({ params }: { params: Promise<{ clientId: string }> }) {
  const { clientId: raw } = await params;
  const clientId = safeDecode(raw);
  const user = await requirePageUser(['admin', 'developer'], `/console/clients/${raw}`);
  const db = await getDb();
  // Someone else's client looks exactly like a missing one: its existence is not confirmed.
  const client = await findManageableClient(db, user, clientId);
  if (!client) notFound();

  const [owner, events] = await Promise.all([
    client.ownerId ? db.user.findUnique({ where: { id: client.ownerId }, select: { email: true } }) : null,
    clientAuditHistory(db, client.clientId),
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
      <PageHeader title={client.clientName ?? 'Unnamed client'} description={`client_id ${client.clientId}`} />
      <div className="grid gap-6">
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
          {needsClientSecret(stored) ? (
            <RotateSecret clientId={client.clientId} />
          ) : (
            <p className="text-sm text-slate-600 dark:text-slate-400">This client authenticates without a client secret.</p>
          )}
          {client.previousSecretExpiresAt && client.previousSecretExpiresAt > new Date() ? (
            <p className="mt-2 text-sm">
              The previous secret works until <time dateTime={client.previousSecretExpiresAt.toISOString()}>{client.previousSecretExpiresAt.toUTCString()}</time>.
            </p>
          ) : null}
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
