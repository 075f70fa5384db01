import type { ClientListPage, ClientListParams } from './client-list-query';

/** Every key the clients console caches under, so invalidation can name a whole family at once. */
export const clientKeys = {
  all: ['console', 'clients'] as const,
  lists: () => [...clientKeys.all, 'list'] as const,
  list: (params: ClientListParams) => [...clientKeys.lists(), params] as const,
};

export class FetchError extends Error {
  override name = 'FetchError';
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

/** Only the parameters that are set, so equal filters always produce the same URL. */
export function listSearchParams(params: ClientListParams): URLSearchParams {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === '' || value === false) continue;
    search.set(key, String(value));
  }
  return search;
}

/** The abort signal lets React Query cancel a request the user has already typed past. */
export async function fetchClientList(params: ClientListParams, signal?: AbortSignal): Promise<ClientListPage> {
  const response = await fetch(`/api/console/clients?${listSearchParams(params)}`, { signal, headers: { accept: 'application/json' } });
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { error?: string } | null;
    throw new FetchError(body?.error ?? `The list could not be loaded (${response.status}).`, response.status);
  }
  return (await response.json()) as ClientListPage;
}
