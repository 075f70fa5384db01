'use client';

import { keepPreviousData, useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { useMemo, useState } from 'react';
import { DEFAULT_PAGE_SIZE, type ClientListParams } from '@/lib/console/client-list-query';
import { clientKeys, fetchClientList } from '@/lib/console/client-queries';
import { Alert } from '../ui/alert';
import { ClientFilters, emptyFilters, type ClientFilterValues } from './client-filters';
import { ClientRows } from './client-rows';
import { useDebouncedValue } from './use-debounced-value';

const SEARCH_DELAY_MS = 300;

function toParams(filters: ClientFilterValues, cursor: string | undefined): ClientListParams {
  return {
    q: filters.q.trim() || undefined,
    applicationType: (filters.applicationType || undefined) as ClientListParams['applicationType'],
    authMethod: (filters.authMethod || undefined) as ClientListParams['authMethod'],
    grantType: (filters.grantType || undefined) as ClientListParams['grantType'],
    status: (filters.status || undefined) as ClientListParams['status'],
    owner: filters.owner.trim() || undefined,
    hasWarnings: filters.hasWarnings ? 'true' : undefined,
    sort: filters.sort,
    limit: DEFAULT_PAGE_SIZE,
    cursor,
  };
}

function isFiltered(filters: ClientFilterValues): boolean {
  return Object.entries(filters).some(([key, value]) => key !== 'sort' && value !== '' && value !== false);
}

export function ClientList({ isAdmin }: { isAdmin: boolean }) {
  const [filters, setFilters] = useState<ClientFilterValues>(emptyFilters);
  // Cursors of the pages visited so far: keyset pages can only be walked, so "previous" pops one.
  const [cursors, setCursors] = useState<string[]>([]);
  const settled = useDebouncedValue(filters, SEARCH_DELAY_MS);
  // Selects apply at once; only typing waits for a pause.
  const effective = useMemo(() => ({ ...filters, q: settled.q, owner: settled.owner }), [filters, settled.q, settled.owner]);
  const params = toParams(effective, cursors[cursors.length - 1]);

  const query = useQuery({
    queryKey: clientKeys.list(params),
    queryFn: ({ signal }) => fetchClientList(params, signal),
    // The current page stays on screen while the next one loads, instead of flashing empty.
    placeholderData: keepPreviousData,
  });

  const changeFilters = (next: ClientFilterValues) => {
    setFilters(next);
    setCursors([]);
  };

  const page = query.data;
  const pageNumber = cursors.length + 1;
  const first = (pageNumber - 1) * DEFAULT_PAGE_SIZE + 1;

  return (
    <section aria-label="Clients list">
      <ClientFilters values={filters} onChange={changeFilters} showOwner={isAdmin} />
      {query.isError ? <Alert tone="error">{query.error.message}</Alert> : null}
      {page && page.items.length === 0 && !query.isPlaceholderData ? (
        isFiltered(effective) ? (
          <div className="rounded-lg border border-dashed border-slate-300 p-8 text-center text-sm text-slate-600 dark:border-slate-700 dark:text-slate-400">
            <p>No clients match these filters.</p>
            <button type="button" className="mt-2 underline" onClick={() => changeFilters(emptyFilters)}>
              Clear filters
            </button>
          </div>
        ) : (
          <div className="rounded-lg border border-dashed border-slate-300 p-8 text-center text-sm text-slate-600 dark:border-slate-700 dark:text-slate-400">
            <p className="font-medium text-slate-800 dark:text-slate-200">No clients yet.</p>
            <p className="mt-1">Register an application to get its client_id and credentials.</p>
            <Link href="/console/clients/new" className="mt-4 inline-block rounded-md bg-indigo-600 px-4 py-2 font-medium text-white hover:bg-indigo-500">
              Create a client
            </Link>
          </div>
        )
      ) : null}
      {page && page.items.length > 0 ? (
        <div aria-busy={query.isFetching} className={query.isPlaceholderData ? 'opacity-60' : undefined}>
          <ClientRows items={page.items} />
          <nav aria-label="Pages" className="mt-3 flex flex-wrap items-center justify-between gap-2 text-sm">
            <p className="text-slate-600 dark:text-slate-400">
              {first}–{first + page.items.length - 1} of {page.total}
              {page.totalCapped ? '+' : ''}
            </p>
            <div className="flex gap-2">
              <button
                type="button"
                className="rounded-md border border-slate-300 px-3 py-1 disabled:opacity-50 dark:border-slate-700"
                disabled={cursors.length === 0}
                onClick={() => setCursors((stack) => stack.slice(0, -1))}
              >
                Previous
              </button>
              <button
                type="button"
                className="rounded-md border border-slate-300 px-3 py-1 disabled:opacity-50 dark:border-slate-700"
                disabled={!page.nextCursor || query.isPlaceholderData}
                onClick={() => page.nextCursor && setCursors((stack) => [...stack, page.nextCursor!])}
              >
                Next
              </button>
            </div>
          </nav>
        </div>
      ) : null}
      {query.isPending ? <p className="text-sm text-slate-500">Loading clients…</p> : null}
    </section>
  );
}
