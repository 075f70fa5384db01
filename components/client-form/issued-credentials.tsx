'use client';

import Link from 'next/link';
import { useEffect, useRef } from 'react';
import { FindingList } from '@/components/metadata/finding-list';
import type { IssuedCredentials } from '@/lib/console/new-client/outcome';
import { CopyButton } from '../ui/copy-button';

function Credential({ label, value, testId }: { label: string; value: string; testId: string }) {
  return (
    <div className="space-y-1">
      <dt className="text-sm font-medium">{label}</dt>
      <dd className="flex items-center gap-2">
        <code data-testid={testId} className="min-w-0 flex-1 break-all rounded bg-slate-100 px-2 py-1 text-xs dark:bg-slate-800">
          {value}
        </code>
        <CopyButton value={value} label={`Copy ${label.toLowerCase()}`} />
      </dd>
    </div>
  );
}

/**
 * The one moment the secret and the registration access token exist in clear: only their hashes
 * are kept, so this panel is the user's only chance to copy them. Focus lands on its heading so
 * keyboard and screen reader users arrive here too.
 */
export function IssuedCredentialsPanel({ issued, onAnother }: { issued: IssuedCredentials; onAnother(): void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const expires = issued.clientSecretExpiresAt ? new Date(issued.clientSecretExpiresAt * 1000).toISOString().replace('T', ' ').slice(0, 16) + ' UTC' : null;
  return (
    <section aria-labelledby="issued-heading" className="space-y-4 rounded-lg border border-emerald-300 bg-white p-6 dark:border-emerald-800 dark:bg-slate-900">
      <h2 id="issued-heading" ref={heading} tabIndex={-1} className="text-lg font-semibold focus:outline-none">
        Client registered{issued.clientName ? `: ${issued.clientName}` : ''}
      </h2>
      {issued.clientSecret || issued.registrationAccessToken ? (
        <p role="alert" className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm font-medium text-amber-900 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-200">
          Copy these now: you will not see this again. The server keeps only a hash of the secret and the token.
        </p>
      ) : null}
      <dl className="space-y-3">
        <Credential label="Client ID" value={issued.clientId} testId="issued-client-id" />
        {issued.clientSecret ? <Credential label="Client secret" value={issued.clientSecret} testId="issued-client-secret" /> : null}
        {issued.clientSecret ? (
          <p className="text-xs text-slate-500">{expires ? `The secret expires ${expires}.` : 'The secret does not expire; rotate it from the client page.'}</p>
        ) : (
          <p className="text-xs text-slate-500">This is a public client: it has no secret and proves itself with PKCE or the device flow.</p>
        )}
        {issued.registrationAccessToken ? (
          <Credential label="Registration access token" value={issued.registrationAccessToken} testId="issued-registration-token" />
        ) : null}
        <Credential label="Registration client URI" value={issued.registrationClientUri} testId="issued-registration-uri" />
      </dl>
      {issued.warnings.length > 0 ? (
        <div className="space-y-2">
          <h3 className="text-sm font-medium">Accepted with warnings</h3>
          <FindingList findings={issued.warnings} />
        </div>
      ) : null}
      <div className="flex flex-wrap gap-3 text-sm">
        <Link href={`/console/clients/${encodeURIComponent(issued.clientId)}`} className="rounded-md bg-indigo-600 px-4 py-2 font-medium text-white hover:bg-indigo-500">
          Open the client
        </Link>
        <Link href="/console/clients" className="rounded-md border border-slate-300 px-4 py-2 hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800">
          All clients
        </Link>
        <button type="button" onClick={onAnother} className="rounded-md border border-slate-300 px-4 py-2 hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800">
          Register another
        </button>
      </div>
    </section>
  );
}
