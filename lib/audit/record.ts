import type { Db } from '../db/client';
import type { Prisma } from '../db/generated/client';

export type ActorType = 'user' | 'initial_access_token' | 'anonymous' | 'system' | 'client';

export interface Actor {
  type: ActorType;
  id?: string | null;
  label?: string | null;
  ip?: string | null;
}

export const systemActor: Actor = { type: 'system', label: 'system' };

export interface AuditEntry {
  action: string;
  target?: { type: string; id: string };
  before?: Prisma.InputJsonValue;
  after?: Prisma.InputJsonValue;
  detail?: Prisma.InputJsonValue;
}

type AuditWriter = Pick<Db, 'auditEvent'> | Prisma.TransactionClient;

/** The audit_events row for one event; for writes batched with others, where recordAudit cannot run. */
export function auditEventData(actor: Actor, entry: AuditEntry): Prisma.AuditEventCreateInput {
  return {
    actorType: actor.type,
    actorId: actor.id ?? null,
    actorLabel: actor.label ?? null,
    ip: actor.ip ?? null,
    action: entry.action,
    targetType: entry.target?.type ?? null,
    targetId: entry.target?.id ?? null,
    before: entry.before,
    after: entry.after,
    detail: entry.detail,
  };
}

/** Writes one audit event. Callers pass only what is safe to keep: never a secret or its hash. */
export async function recordAudit(db: AuditWriter, actor: Actor, entry: AuditEntry): Promise<void> {
  await db.auditEvent.create({ data: auditEventData(actor, entry) });
}
