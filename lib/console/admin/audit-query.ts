import type { Db } from '@/lib/db/client';
import type { Prisma } from '@/lib/db/generated/client';

export const AUDIT_PAGE_SIZE = 50;

export interface AuditFilters {
  actor: string;
  action: string;
  target: string;
  /** As typed, for the form to show again; the parsed times are in `range`. */
  from: string;
  to: string;
  page: number;
}

export interface ParsedAuditFilters extends AuditFilters {
  range: { from?: Date; to?: Date };
  /** Values that could not be read and were left out of the query, to tell the admin why. */
  ignored: string[];
}

type SearchParams = Record<string, string | string[] | undefined>;

function first(params: SearchParams, key: string): string {
  const value = params[key];
  return (Array.isArray(value) ? value[0] : value)?.trim().slice(0, 200) ?? '';
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/;

/**
 * Reads a date or date and time typed in the filter form as UTC. A bare date as the end of a range
 * means the whole of that day.
 */
function parseTime(text: string, edge: 'from' | 'to'): Date | null | undefined {
  if (!text) return undefined;
  if (!DATE_ONLY.test(text) && !DATE_TIME.test(text)) return null;
  const date = new Date(DATE_ONLY.test(text) ? `${text}T00:00:00Z` : `${text}Z`);
  if (Number.isNaN(date.getTime())) return null;
  if (DATE_ONLY.test(text) && edge === 'to') date.setUTCDate(date.getUTCDate() + 1);
  return date;
}

export function parseAuditFilters(params: SearchParams): ParsedAuditFilters {
  const filters: AuditFilters = {
    actor: first(params, 'actor'),
    action: first(params, 'action'),
    target: first(params, 'target'),
    from: first(params, 'from'),
    to: first(params, 'to'),
    page: Math.min(Math.max(1, Number.parseInt(first(params, 'page'), 10) || 1), 10_000),
  };
  const ignored: string[] = [];
  const from = parseTime(filters.from, 'from');
  const to = parseTime(filters.to, 'to');
  if (from === null) ignored.push(`from "${filters.from}"`);
  if (to === null) ignored.push(`to "${filters.to}"`);
  return { ...filters, range: { from: from ?? undefined, to: to ?? undefined }, ignored };
}

export function auditWhere(filters: ParsedAuditFilters): Prisma.AuditEventWhereInput {
  const and: Prisma.AuditEventWhereInput[] = [];
  if (filters.actor) {
    and.push({
      OR: [
        { actorLabel: { contains: filters.actor, mode: 'insensitive' } },
        { actorId: { contains: filters.actor, mode: 'insensitive' } },
        { actorType: { equals: filters.actor, mode: 'insensitive' } },
      ],
    });
  }
  // A prefix, so "user." finds every user event and a full name finds just that action.
  if (filters.action) and.push({ action: { startsWith: filters.action, mode: 'insensitive' } });
  if (filters.target) and.push({ targetId: { contains: filters.target, mode: 'insensitive' } });
  if (filters.range.from || filters.range.to) and.push({ at: { gte: filters.range.from, lt: filters.range.to } });
  return and.length > 0 ? { AND: and } : {};
}

/** One page of events, newest first, and whether an older page exists. */
export async function findAuditEvents(db: Db, filters: ParsedAuditFilters) {
  const rows = await db.auditEvent.findMany({
    where: auditWhere(filters),
    orderBy: [{ at: 'desc' }, { id: 'desc' }],
    skip: (filters.page - 1) * AUDIT_PAGE_SIZE,
    // One more than a page tells whether there is a next page without counting the whole log.
    take: AUDIT_PAGE_SIZE + 1,
  });
  return { events: rows.slice(0, AUDIT_PAGE_SIZE), hasMore: rows.length > AUDIT_PAGE_SIZE };
}

/** The actions seen so far, for the filter's suggestions. */
export async function knownAuditActions(db: Db): Promise<string[]> {
  const rows = await db.auditEvent.findMany({ distinct: ['action'], select: { action: true }, orderBy: { action: 'asc' }, take: 200 });
  return rows.map((row) => row.action);
}

/** The query string for another page of the same filters. */
export function auditPageHref(filters: AuditFilters, page: number): string {
  const params = new URLSearchParams();
  for (const key of ['actor', 'action', 'target', 'from', 'to'] as const) if (filters[key]) params.set(key, filters[key]);
  if (page > 1) params.set('page', String(page));
  const query = params.toString();
  return query ? `/console/audit?${query}` : '/console/audit';
}
