import type { Db } from '../../db/client';
import { invalidClient } from './failures';

/**
 * RFC 7523 §3: a jti is used once. The insert skips a (client, jti) pair already stored, and the
 * primary key makes that decision inside the database, so it holds across app instances and
 * concurrent requests alike: of several racing uses exactly one inserts a row.
 */
export async function recordAssertionUse(db: Db, clientId: string, jti: string, keepUntil: Date): Promise<void> {
  const { count } = await db.clientAssertionJti.createMany({ data: [{ clientId, jti, expiresAt: keepUntil }], skipDuplicates: true });
  if (count === 0) throw invalidClient('the assertion was already used');
}

/** Deletes identifiers of assertions that are past their expiry and could not be replayed anyway. */
export async function purgeExpiredAssertionJtis(db: Db, now: Date = new Date()): Promise<number> {
  const { count } = await db.clientAssertionJti.deleteMany({ where: { expiresAt: { lt: now } } });
  return count;
}

const PURGE_PROBABILITY = 0.01;

/** Keeps the table small without a scheduler: now and then a successful check also clears old rows. */
export function maybePurgeExpiredAssertionJtis(db: Db, now: Date): void {
  if (Math.random() >= PURGE_PROBABILITY) return;
  purgeExpiredAssertionJtis(db, now).catch((error: unknown) => {
    console.error('purging used client assertion identifiers failed:', error instanceof Error ? error.message : error);
  });
}
