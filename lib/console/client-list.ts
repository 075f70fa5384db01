import type { Db } from '../db/client';
import type { Prisma } from '../db/generated/client';
import type { Role } from '../users/schema';
import {
  COUNT_CAP,
  SEARCH_CONTAINS_MIN_LENGTH,
  type ClientListItem,
  type ClientListPage,
  type ClientListQuery,
  type ClientSort,
  type ClientStatusValue,
} from './client-list-query';
import { decodeCursor, encodeCursor, type ClientCursor } from './cursor';

export interface ListViewer {
  id: string;
  role: Role;
}

export class ListNotAllowedError extends Error {
  override name = 'ListNotAllowedError';
}

/** Whose clients a viewer may list. Developers are pinned to their own here, whatever the query says. */
function scopeFor(viewer: ListViewer): Prisma.ClientWhereInput {
  if (viewer.role === 'admin') return {};
  if (viewer.role === 'developer') return { ownerId: viewer.id };
  throw new ListNotAllowedError('only admins and developers list clients');
}

/** Prisma hands the text to LIKE as it is, where % and _ are wildcards and \ escapes. */
function likeLiteral(text: string): string {
  return text.replace(/[\\%_]/g, '\\$&');
}

/**
 * Names are matched loosely; client ids are case-sensitive random strings, so matched as typed.
 * Both columns have trigram indexes, which serve ILIKE/LIKE '%text%' once the text holds a
 * trigram. Shorter text holds none, so "contains" would read every row: it matches the start
 * instead, which the same indexes serve (a word's start is a trigram of its own) and which is
 * what one or two typed characters usually mean. Characters are counted, not UTF-16 units.
 */
export function searchFilter(q: string): Prisma.ClientWhereInput {
  const text = likeLiteral(q);
  if ([...q].length < SEARCH_CONTAINS_MIN_LENGTH) {
    return { OR: [{ clientName: { startsWith: text, mode: 'insensitive' } }, { clientId: { startsWith: text } }] };
  }
  return { OR: [{ clientName: { contains: text, mode: 'insensitive' } }, { clientId: { contains: text } }] };
}

function filtersFor(viewer: ListViewer, query: ClientListQuery): Prisma.ClientWhereInput[] {
  const filters: Prisma.ClientWhereInput[] = [];
  if (query.q) filters.push(searchFilter(query.q));
  if (query.applicationType) filters.push({ applicationType: query.applicationType });
  if (query.authMethod) filters.push({ tokenEndpointAuthMethod: query.authMethod });
  if (query.grantType) filters.push({ grantTypes: { has: query.grantType } });
  if (query.status) filters.push({ status: query.status });
  if (query.hasWarnings) filters.push({ warningCount: { gt: 0 } });
  if (query.owner && viewer.role === 'admin') {
    filters.push(query.owner === 'none' ? { ownerId: null } : { owner: { email: query.owner.toLowerCase() } });
  }
  return filters;
}

/**
 * Orders are total (the id breaks ties) and match the indexes on (created_at, id) and
 * (client_name, id). Unnamed clients come last A→Z and first Z→A: the exact reverse, so one
 * index serves both directions.
 */
function orderFor(sort: ClientSort): Prisma.ClientOrderByWithRelationInput[] {
  switch (sort) {
    case 'created_desc':
      return [{ createdAt: 'desc' }, { id: 'desc' }];
    case 'created_asc':
      return [{ createdAt: 'asc' }, { id: 'asc' }];
    case 'name_asc':
      return [{ clientName: { sort: 'asc', nulls: 'last' } }, { id: 'asc' }];
    case 'name_desc':
      return [{ clientName: { sort: 'desc', nulls: 'first' } }, { id: 'desc' }];
  }
}

/** Rows strictly after the cursor in the list's order. */
function afterCursor({ sort, value, id }: ClientCursor): Prisma.ClientWhereInput {
  switch (sort) {
    case 'created_desc': {
      const at = new Date(value!);
      return { OR: [{ createdAt: { lt: at } }, { createdAt: at, id: { lt: id } }] };
    }
    case 'created_asc': {
      const at = new Date(value!);
      return { OR: [{ createdAt: { gt: at } }, { createdAt: at, id: { gt: id } }] };
    }
    case 'name_asc':
      return value === null
        ? { clientName: null, id: { gt: id } }
        : { OR: [{ clientName: { gt: value } }, { clientName: value, id: { gt: id } }, { clientName: null }] };
    case 'name_desc':
      return value === null
        ? { OR: [{ clientName: null, id: { lt: id } }, { clientName: { not: null } }] }
        : { OR: [{ clientName: { lt: value } }, { clientName: value, id: { lt: id } }] };
  }
}

function cursorAfter(sort: ClientSort, row: { id: string; clientName: string | null; createdAt: Date }): string {
  const value = sort.startsWith('created') ? row.createdAt.toISOString() : row.clientName;
  return encodeCursor({ sort, value, id: row.id });
}

/** A logo is shown only from https: anything else would load mixed or local content into the console. */
function httpsLogo(metadata: Prisma.JsonValue): string | null {
  const uri = metadata && typeof metadata === 'object' && !Array.isArray(metadata) ? metadata.logo_uri : undefined;
  if (typeof uri !== 'string') return null;
  try {
    return new URL(uri).protocol === 'https:' ? uri : null;
  } catch {
    return null;
  }
}

/**
 * One page of the console's clients list. Keyset pagination keeps every page as cheap as the
 * first, and the total is counted only up to COUNT_CAP.
 */
export async function listClients(db: Db, viewer: ListViewer, query: ClientListQuery): Promise<ClientListPage> {
  const scoped: Prisma.ClientWhereInput = { AND: [scopeFor(viewer), ...filtersFor(viewer, query)] };
  const cursor = query.cursor ? decodeCursor(query.cursor, query.sort) : null;
  const paged: Prisma.ClientWhereInput = cursor ? { AND: [scoped, afterCursor(cursor)] } : scoped;
  const [rows, counted] = await Promise.all([
    db.client.findMany({
      where: paged,
      orderBy: orderFor(query.sort),
      // One extra row tells whether another page exists without a second query.
      take: query.limit + 1,
      select: {
        id: true,
        clientId: true,
        clientName: true,
        metadata: true,
        applicationType: true,
        tokenEndpointAuthMethod: true,
        grantTypes: true,
        status: true,
        warningCount: true,
        createdAt: true,
        owner: { select: { email: true } },
      },
    }),
    // Any order gives the same count, but Prisma orders a capped count, by id unless told: a
    // random uuid, so its index visits table pages at random. Clients are appended over time,
    // so creation order reads the table's pages in sequence, as the page query often does.
    db.client.count({ where: scoped, orderBy: orderFor('created_desc'), take: COUNT_CAP + 1 }),
  ]);
  const page = rows.slice(0, query.limit);
  const last = page[page.length - 1];
  const items: ClientListItem[] = page.map((row) => ({
    clientId: row.clientId,
    clientName: row.clientName,
    logoUri: httpsLogo(row.metadata),
    applicationType: row.applicationType,
    tokenEndpointAuthMethod: row.tokenEndpointAuthMethod,
    grantTypes: row.grantTypes,
    status: row.status as ClientStatusValue,
    warningCount: row.warningCount,
    // Only admins see other people's clients, so only they need to be told whose they are.
    ownerEmail: viewer.role === 'admin' ? (row.owner?.email ?? null) : null,
    createdAt: row.createdAt.toISOString(),
  }));
  return {
    items,
    nextCursor: rows.length > query.limit && last ? cursorAfter(query.sort, last) : null,
    total: Math.min(counted, COUNT_CAP),
    totalCapped: counted > COUNT_CAP,
  };
}
