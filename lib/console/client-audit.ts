import type { Db } from '../db/client';

export const AUDIT_HISTORY_LIMIT = 50;

/** The latest changes to one client, newest first; the audit log page holds the rest. */
export function clientAuditHistory(db: Db, clientId: string) {
  return db.auditEvent.findMany({
    where: { targetType: 'client', targetId: clientId },
    orderBy: [{ at: 'desc' }, { id: 'desc' }],
    take: AUDIT_HISTORY_LIMIT,
  });
}
