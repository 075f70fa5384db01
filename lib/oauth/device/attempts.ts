import { recordAudit, type Actor } from '../../audit/record';
import type { Db } from '../../db/client';

/** Wrong codes a user may enter per window before the page stops checking (RFC 8628 §5.1). */
export const MAX_REJECTED_CODES = 10;
export const REJECTED_CODES_WINDOW_MS = 10 * 60 * 1000;

const REJECTED = 'device.code_rejected';

/**
 * Counted from the audit log, so the limit holds across server instances and restarts, and each
 * rejection is on record for an admin looking into guessing.
 */
export async function tooManyRejectedCodes(db: Db, userId: string, now: Date): Promise<boolean> {
  const since = new Date(now.getTime() - REJECTED_CODES_WINDOW_MS);
  const count = await db.auditEvent.count({ where: { action: REJECTED, actorId: userId, at: { gte: since } } });
  return count >= MAX_REJECTED_CODES;
}

/** Only the normalized code is kept: it is short-lived, and an unknown one grants nothing. */
export async function recordRejectedCode(db: Db, actor: Actor, userCode: string): Promise<void> {
  await recordAudit(db, actor, { action: REJECTED, detail: { userCode } });
}
