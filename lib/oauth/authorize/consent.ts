import type { Db } from '../../db/client';

/** Whether the user already allowed this client every scope now requested. */
export async function hasConsent(db: Db, userId: string, clientId: string, scope: readonly string[]): Promise<boolean> {
  const consent = await db.consent.findUnique({ where: { userId_clientId: { userId, clientId } }, select: { scopes: true } });
  return consent !== null && scope.every((value) => consent.scopes.includes(value));
}

/** Remembers the decision, adding to what was allowed before. */
export async function recordConsent(db: Db, userId: string, clientId: string, scope: readonly string[]): Promise<void> {
  const existing = await db.consent.findUnique({ where: { userId_clientId: { userId, clientId } }, select: { scopes: true } });
  const scopes = [...new Set([...(existing?.scopes ?? []), ...scope])];
  await db.consent.upsert({
    where: { userId_clientId: { userId, clientId } },
    create: { userId, clientId, scopes },
    update: { scopes },
  });
}
