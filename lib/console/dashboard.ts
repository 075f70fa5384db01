import type { Db } from '../db/client';
import { Prisma } from '../db/generated/client';
import { DEVICE_CODE_GRANT } from '../metadata/capabilities';
import { IMPLICIT_GRANT } from '../stats/token-issuance';
import type { PublicUser } from '../users/service';

export type DashboardViewer = Pick<PublicUser, 'id' | 'role'>;

export interface CountRow {
  key: string;
  count: number;
}

export interface DayCount {
  /** YYYY-MM-DD, UTC. */
  day: string;
  count: number;
}

/** One UTC day of a stacked chart: the count of each series, and their sum. */
export interface StackedDay {
  /** YYYY-MM-DD, UTC. */
  day: string;
  total: number;
  counts: Record<string, number>;
}

export interface StackedDays {
  /** The series with anything in the window, in drawing order. */
  keys: string[];
  days: StackedDay[];
}

export interface DashboardData {
  clientsByStatus: CountRow[];
  clientsByApplicationType: CountRow[];
  clientsByAuthMethod: CountRow[];
  totalClients: number;
  /**
   * Access tokens issued per day by grant type, for admins: the counts are server-wide, not per
   * client, so developers (who see only their own clients) get null.
   */
  tokensIssuedPerDay: StackedDays | null;
  /** User authorizations to a developer's own clients per day; null for admins, whose token chart covers them. */
  authorizationsPerDay: DayCount[] | null;
  mostWarnings: Array<{ clientId: string; clientName: string | null; warningCount: number }>;
  /** Admin-only figures; null for developers, who see nothing beyond their own clients. */
  usersByRole: CountRow[] | null;
  activeInitialAccessTokens: number | null;
}

export const DASHBOARD_DAYS = 30;
const STATUSES = ['active', 'pending', 'disabled'];
const DAY_MS = 86_400_000;

/** Group counts as rows, largest first; `known` keys appear even at zero so the chart's shape is stable. */
function countRows(groups: Array<{ key: string; count: number }>, known: readonly string[] = []): CountRow[] {
  const counts = new Map(known.map((key) => [key, 0]));
  for (const group of groups) counts.set(group.key, group.count);
  return [...counts].map(([key, count]) => ({ key, count })).sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
}

/** The last `days` UTC days ending today, each present even when nothing happened. */
export function fillDays(rows: DayCount[], now: Date, days = DASHBOARD_DAYS): DayCount[] {
  const byDay = new Map(rows.map((row) => [row.day, row.count]));
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return Array.from({ length: days }, (_, index) => {
    const day = new Date(today - (days - 1 - index) * DAY_MS).toISOString().slice(0, 10);
    return { day, count: byDay.get(day) ?? 0 };
  });
}

/** Grant types in a stable order, so each keeps its place and colour in the stacked chart. */
export const GRANT_TYPE_ORDER: readonly string[] = ['authorization_code', 'refresh_token', 'client_credentials', DEVICE_CODE_GRANT, IMPLICIT_GRANT, 'password'];

function grantTypeRank(grantType: string): number {
  const index = GRANT_TYPE_ORDER.indexOf(grantType);
  return index === -1 ? GRANT_TYPE_ORDER.length : index;
}

/** The last `days` UTC days ending today, each split by key and present even when nothing happened. */
export function fillStackedDays(rows: ReadonlyArray<{ day: string; key: string; count: number }>, now: Date, days = DASHBOARD_DAYS): StackedDays {
  const skeleton = fillDays([], now, days);
  const inWindow = new Set(skeleton.map((entry) => entry.day));
  const byDay = new Map<string, Record<string, number>>();
  const keys = new Set<string>();
  for (const row of rows) {
    if (!inWindow.has(row.day) || row.count <= 0) continue;
    const counts = byDay.get(row.day) ?? {};
    counts[row.key] = (counts[row.key] ?? 0) + row.count;
    byDay.set(row.day, counts);
    keys.add(row.key);
  }
  return {
    keys: [...keys].sort((a, b) => grantTypeRank(a) - grantTypeRank(b) || a.localeCompare(b)),
    days: skeleton.map(({ day }) => {
      const counts = byDay.get(day) ?? {};
      return { day, counts, total: Object.values(counts).reduce((sum, count) => sum + count, 0) };
    }),
  };
}

/**
 * Tokens issued per UTC day and grant type, as the token endpoint's counters wrote them
 * (lib/stats/token-issuance.ts); the last few seconds' tokens are still in memory.
 */
async function tokensIssuedPerDay(db: Db, since: Date): Promise<Array<{ day: string; key: string; count: number }>> {
  const rows = await db.tokenIssuanceDay.findMany({ where: { day: { gte: since } }, select: { day: true, grantType: true, count: true } });
  return rows.map((row) => ({ day: row.day.toISOString().slice(0, 10), key: row.grantType, count: row.count }));
}

/**
 * Grants created per UTC day. Grouping by day needs date_trunc, which Prisma's groupBy cannot
 * express, so this one query is SQL; it counts in the database rather than loading grants.
 */
async function grantsPerDay(db: Db, ownerId: string | null, since: Date): Promise<DayCount[]> {
  const owner = ownerId ? Prisma.sql`AND c.owner_id = ${ownerId}::uuid` : Prisma.empty;
  const rows = await db.$queryRaw<Array<{ day: string; count: bigint | number }>>`
    SELECT to_char(date_trunc('day', g.created_at AT TIME ZONE 'UTC'), 'YYYY-MM-DD') AS day, count(*) AS count
    FROM grants g JOIN clients c ON c.client_id = g.client_id
    WHERE g.created_at >= ${since} ${owner}
    GROUP BY 1`;
  return rows.map((row) => ({ day: row.day, count: Number(row.count) }));
}

/** Everything the dashboard shows, counted by the database: fast however many clients there are. */
export async function dashboardData(db: Db, viewer: DashboardViewer, now = new Date()): Promise<DashboardData> {
  const isAdmin = viewer.role === 'admin';
  const where = isAdmin ? {} : { ownerId: viewer.id };
  const since = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) - (DASHBOARD_DAYS - 1) * DAY_MS);
  const [byStatus, byType, byMethod, issued, perDay, mostWarnings, byRole, tokens] = await Promise.all([
    db.client.groupBy({ by: ['status'], where, _count: { _all: true } }),
    db.client.groupBy({ by: ['applicationType'], where, _count: { _all: true } }),
    db.client.groupBy({ by: ['tokenEndpointAuthMethod'], where, _count: { _all: true } }),
    isAdmin ? tokensIssuedPerDay(db, since) : null,
    isAdmin ? null : grantsPerDay(db, viewer.id, since),
    db.client.findMany({
      where: { ...where, warningCount: { gt: 0 } },
      orderBy: [{ warningCount: 'desc' }, { clientId: 'asc' }],
      take: 5,
      select: { clientId: true, clientName: true, warningCount: true },
    }),
    isAdmin ? db.user.groupBy({ by: ['role'], _count: { _all: true } }) : null,
    isAdmin ? activeInitialAccessTokens(db, now) : null,
  ]);
  const clientsByStatus = countRows(byStatus.map((group) => ({ key: group.status, count: group._count._all })), STATUSES);
  return {
    clientsByStatus,
    clientsByApplicationType: countRows(byType.map((group) => ({ key: group.applicationType, count: group._count._all }))),
    clientsByAuthMethod: countRows(byMethod.map((group) => ({ key: group.tokenEndpointAuthMethod, count: group._count._all }))),
    totalClients: clientsByStatus.reduce((sum, row) => sum + row.count, 0),
    tokensIssuedPerDay: issued ? fillStackedDays(issued, now) : null,
    authorizationsPerDay: perDay ? fillDays(perDay, now) : null,
    mostWarnings,
    usersByRole: byRole ? countRows(byRole.map((group) => ({ key: group.role, count: group._count._all })), ['admin', 'developer', 'user']) : null,
    activeInitialAccessTokens: tokens,
  };
}

/** Tokens that would still be accepted: not revoked, not expired, and not used up. */
function activeInitialAccessTokens(db: Db, now: Date): Promise<number> {
  return db.initialAccessToken.count({
    where: {
      revokedAt: null,
      OR: [{ expiresAt: null }, { expiresAt: { gt: now } }],
      AND: [{ OR: [{ maxUses: null }, { uses: { lt: db.initialAccessToken.fields.maxUses } }] }],
    },
  });
}
