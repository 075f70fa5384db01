'use client';

import { useId, type ReactNode } from 'react';
import { applicationTypes, authMethods, clientSorts, clientStatuses, grantTypes, type ClientSort } from '@/lib/console/client-list-query';

export interface ClientFilterValues {
  q: string;
  applicationType: string;
  authMethod: string;
  grantType: string;
  status: string;
  owner: string;
  hasWarnings: boolean;
  sort: ClientSort;
}

export const emptyFilters: ClientFilterValues = {
  q: '',
  applicationType: '',
  authMethod: '',
  grantType: '',
  status: '',
  owner: '',
  hasWarnings: false,
  sort: 'created_desc',
};

const sortLabels: Record<ClientSort, string> = {
  created_desc: 'Newest first',
  created_asc: 'Oldest first',
  name_asc: 'Name A–Z',
  name_desc: 'Name Z–A',
};

const fieldClass =
  'block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm dark:border-slate-700 dark:bg-slate-900';

function Labelled({ label, children }: { label: string; children: (id: string) => ReactNode }) {
  const id = useId();
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-xs font-medium text-slate-600 dark:text-slate-400">
        {label}
      </label>
      {children(id)}
    </div>
  );
}

function Choice({
  label,
  value,
  options,
  onChange,
}: {
  label: string;
  value: string;
  options: readonly string[];
  onChange: (value: string) => void;
}) {
  return (
    <Labelled label={label}>
      {(id) => (
        <select id={id} className={fieldClass} value={value} onChange={(event) => onChange(event.target.value)}>
          <option value="">Any</option>
          {options.map((option) => (
            <option key={option} value={option}>
              {option}
            </option>
          ))}
        </select>
      )}
    </Labelled>
  );
}

export function ClientFilters({
  values,
  onChange,
  showOwner,
}: {
  values: ClientFilterValues;
  onChange: (next: ClientFilterValues) => void;
  showOwner: boolean;
}) {
  const set = <K extends keyof ClientFilterValues>(key: K, value: ClientFilterValues[K]) => onChange({ ...values, [key]: value });
  return (
    <div role="search" aria-label="Filter clients" className="mb-4 grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
      <div className="sm:col-span-2">
        <Labelled label="Search by name or client_id">
          {(id) => (
            <input
              id={id}
              type="search"
              className={fieldClass}
              value={values.q}
              // One or two characters match the start of a name or client_id; three or more match anywhere.
              placeholder="Name or client_id, or how it starts"
              onChange={(event) => set('q', event.target.value)}
            />
          )}
        </Labelled>
      </div>
      <Labelled label="Sort">
        {(id) => (
          <select id={id} className={fieldClass} value={values.sort} onChange={(event) => set('sort', event.target.value as ClientSort)}>
            {clientSorts.map((sort) => (
              <option key={sort} value={sort}>
                {sortLabels[sort]}
              </option>
            ))}
          </select>
        )}
      </Labelled>
      <Choice label="Status" value={values.status} options={clientStatuses} onChange={(value) => set('status', value)} />
      <Choice label="Application type" value={values.applicationType} options={applicationTypes} onChange={(value) => set('applicationType', value)} />
      <Choice label="Auth method" value={values.authMethod} options={authMethods} onChange={(value) => set('authMethod', value)} />
      <Choice label="Grant type" value={values.grantType} options={grantTypes} onChange={(value) => set('grantType', value)} />
      {showOwner ? (
        <Labelled label="Owner email (or none)">
          {(id) => <input id={id} type="search" className={fieldClass} value={values.owner} onChange={(event) => set('owner', event.target.value)} />}
        </Labelled>
      ) : null}
      <label className="flex items-center gap-2 self-end pb-2 text-sm">
        <input type="checkbox" checked={values.hasWarnings} onChange={(event) => set('hasWarnings', event.target.checked)} />
        Has warnings
      </label>
    </div>
  );
}
