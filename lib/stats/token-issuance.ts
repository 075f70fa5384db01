import type { Db } from '../db/client';
import { Prisma } from '../db/generated/client';
import { createIssuanceCounter, type IssuanceCount, type IssuanceCounter } from './issuance-counter';

/** Grant type under which the authorization endpoint's implicit and hybrid access tokens are counted. */
export const IMPLICIT_GRANT = 'implicit';

/**
 * Adds counts to token_issuance_days in one statement. The increment happens in the database
 * (count = count + n), so instances sharing the database never overwrite each other's counts;
 * rows go in key order so two instances' statements lock them in the same order.
 */
export async function writeIssuanceCounts(db: Pick<Db, '$executeRaw'>, counts: readonly IssuanceCount[]): Promise<void> {
  if (counts.length === 0) return;
  const rows = [...counts]
    .sort((a, b) => a.day.localeCompare(b.day) || a.grantType.localeCompare(b.grantType))
    .map((row) => Prisma.sql`(${row.day}::date, ${row.grantType}, ${row.count})`);
  await db.$executeRaw`
    INSERT INTO token_issuance_days (day, grant_type, count) VALUES ${Prisma.join(rows)}
    ON CONFLICT (day, grant_type) DO UPDATE SET count = token_issuance_days.count + EXCLUDED.count`;
}

// Next.js bundles its own copy of this module beside the server's; globalThis makes both count
// into the same place, so the server's shutdown flush also writes what route handlers counted.
const STATE_KEY = Symbol.for('oidc-client-registry.token-issuance');
type GlobalWithCounters = typeof globalThis & { [STATE_KEY]?: Map<Db, IssuanceCounter> };

function counters(): Map<Db, IssuanceCounter> {
  const global = globalThis as GlobalWithCounters;
  return (global[STATE_KEY] ??= new Map());
}

let warnedAt = 0;
function reportFlushError(error: unknown, pendingTotal: number): void {
  // Once a minute at most: a database outage should not flood the log every few seconds.
  if (Date.now() - warnedAt < 60_000) return;
  warnedAt = Date.now();
  const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
  console.error(`token issuance counts not saved (${pendingTotal} kept for the next try): ${reason}`);
}

/** The counter writing to one database: the server has one; tests have one per test database. */
export function tokenIssuanceCounter(db: Db): IssuanceCounter {
  const all = counters();
  let counter = all.get(db);
  if (!counter) {
    counter = createIssuanceCounter({ write: (counts) => writeIssuanceCounts(db, counts), onFlushError: reportFlushError });
    all.set(db, counter);
  }
  return counter;
}

/** Counts one access token issued with this grant type; written within seconds, never on the request's path. */
export function recordTokenIssued(db: Db, grantType: string): void {
  tokenIssuanceCounter(db).record(grantType);
}

/**
 * Writes every pending count now and stops the timers: for a server shutting down, before it
 * closes the database. A failed write is reported, not thrown, so shutdown goes on.
 */
export async function flushTokenIssuanceCounts(): Promise<void> {
  const all = counters();
  const results = await Promise.allSettled([...all.values()].map((counter) => counter.close()));
  all.clear();
  for (const result of results) {
    if (result.status === 'rejected') {
      const reason = result.reason instanceof Error ? result.reason.message.split('\n')[0] : String(result.reason);
      console.error(`token issuance counts lost at shutdown: ${reason}`);
    }
  }
}
