import type { ReactNode } from 'react';
import type { ClientRecord } from '@/lib/registration/service';
import type { ClientStatusValue } from '@/lib/console/client-list-query';
import { PendingApprovalBadge, StatusBadge, WarningBadge } from './badges';
import { CopyButton } from '../ui/copy-button';

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="grid grid-cols-1 gap-1 py-2 sm:grid-cols-[12rem_minmax(0,1fr)]">
      <dt className="text-sm font-medium text-slate-600 dark:text-slate-400">{label}</dt>
      <dd className="text-sm">{children}</dd>
    </div>
  );
}

const list = (values: readonly string[]) =>
  values.length === 0 ? (
    <span className="text-slate-500">none</span>
  ) : (
    <ul className="space-y-1">
      {values.map((value) => (
        <li key={value}>
          <code className="break-all text-xs">{value}</code>
        </li>
      ))}
    </ul>
  );

export function ClientOverview({ client, ownerEmail }: { client: ClientRecord; ownerEmail: string | null }) {
  return (
    <dl className="divide-y divide-slate-200 dark:divide-slate-800">
      <Row label="Name">{client.clientName ?? <span className="text-slate-500">Unnamed client</span>}</Row>
      <Row label="client_id">
        <span className="flex flex-wrap items-center gap-2">
          <code className="break-all text-xs">{client.clientId}</code>
          <CopyButton value={client.clientId} label="Copy client_id" />
        </span>
      </Row>
      <Row label="Status">
        <span className="flex gap-2">
          {client.status === 'pending' ? <PendingApprovalBadge /> : <StatusBadge status={client.status as ClientStatusValue} />}
          <WarningBadge count={client.warningCount} />
        </span>
      </Row>
      <Row label="Application type">{client.applicationType}</Row>
      <Row label="Auth method">
        <code className="text-xs">{client.tokenEndpointAuthMethod}</code>
      </Row>
      <Row label="Grant types">{list(client.grantTypes)}</Row>
      <Row label="Redirect URIs">{list(client.redirectUris)}</Row>
      <Row label="Owner">{ownerEmail ?? <span className="text-slate-500">nobody</span>}</Row>
      <Row label="Created">
        <time dateTime={client.createdAt.toISOString()}>{client.createdAt.toUTCString()}</time>
      </Row>
    </dl>
  );
}
