import { z } from 'zod';
import { serverCapabilities } from '../metadata/capabilities';

/**
 * What the clients list may ask for. Shared by the browser (to build the URL) and the route (to
 * read it), so both agree on names and limits. Nothing here decides whose clients are listed:
 * the server takes that from the session.
 */
export const clientSorts = ['created_desc', 'created_asc', 'name_asc', 'name_desc'] as const;
export type ClientSort = (typeof clientSorts)[number];

export const clientStatuses = ['active', 'disabled', 'pending'] as const;
export type ClientStatusValue = (typeof clientStatuses)[number];

// The filter choices are what this server supports, so a filter can never name an impossible value.
export const applicationTypes = serverCapabilities.applicationTypes;
export const authMethods = serverCapabilities.tokenEndpointAuthMethods;
export const grantTypes = serverCapabilities.grantTypes;

export const PAGE_SIZES = [10, 25, 50, 100] as const;
export const DEFAULT_PAGE_SIZE = 25;
/** Counting stops here: an exact total over 100,000 rows costs more than it tells. */
export const COUNT_CAP = 1000;
/**
 * Searches this long or longer match anywhere in a name or client_id; shorter ones match the
 * start. Three characters make a trigram, the smallest piece the search indexes can look up.
 */
export const SEARCH_CONTAINS_MIN_LENGTH = 3;

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((value) => (value ? value : undefined));

export const clientListQuerySchema = z.object({
  /** Names match in any case, client_ids as typed; see SEARCH_CONTAINS_MIN_LENGTH. */
  q: optionalText(200),
  applicationType: z.enum(applicationTypes).optional(),
  authMethod: z.enum(authMethods).optional(),
  grantType: z.enum(grantTypes).optional(),
  status: z.enum(clientStatuses).optional(),
  /** An owner's email, or "none" for clients nobody owns. Honoured for admins only. */
  owner: optionalText(254),
  hasWarnings: z
    .enum(['true', 'false'])
    .optional()
    .transform((value) => value === 'true'),
  sort: z.enum(clientSorts).default('created_desc'),
  limit: z.coerce
    .number()
    .int()
    .refine((value) => (PAGE_SIZES as readonly number[]).includes(value), 'Unsupported page size')
    .default(DEFAULT_PAGE_SIZE),
  /** Opaque keyset position returned by the previous page. */
  cursor: optionalText(1000),
});

export type ClientListQuery = z.output<typeof clientListQuerySchema>;
export type ClientListParams = z.input<typeof clientListQuerySchema>;

/** One row as the route sends it: only what the list shows, never a secret or the whole metadata. */
export interface ClientListItem {
  clientId: string;
  clientName: string | null;
  logoUri: string | null;
  applicationType: string;
  tokenEndpointAuthMethod: string;
  grantTypes: string[];
  status: ClientStatusValue;
  warningCount: number;
  ownerEmail: string | null;
  createdAt: string;
}

export interface ClientListPage {
  items: ClientListItem[];
  /** Pass back as `cursor` for the following page; null on the last page. */
  nextCursor: string | null;
  /** Matches for the filters, at most COUNT_CAP; `totalCapped` says the real number is higher. */
  total: number;
  totalCapped: boolean;
}
