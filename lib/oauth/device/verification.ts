import type { Actor } from '../../audit/record';
import { recordAudit } from '../../audit/record';
import type { Db } from '../../db/client';
import { recordConsent } from '../authorize/consent';
import { recordRejectedCode, tooManyRejectedCodes } from './attempts';
import { formatUserCode, normalizeUserCode } from './user-code';

/** A pending request as the verification page shows it. */
export interface PendingDeviceRequest {
  userCode: string;
  clientId: string;
  clientName: string;
  scope: string[];
}

export type DeviceCodeRefusal = 'malformed' | 'unknown' | 'too_many';
export type DeviceLookup = { ok: true; request: PendingDeviceRequest } | { ok: false; reason: DeviceCodeRefusal };
export type DeviceDecision = { ok: true; decision: 'allow' | 'deny'; clientName: string } | { ok: false; reason: DeviceCodeRefusal };

export interface DeviceUser {
  id: string;
  email?: string | null;
  /** When the user signed in, carried into the ID token's auth_time. */
  authTime: Date | null;
}

const actorOf = (user: DeviceUser): Actor => ({ type: 'user', id: user.id, label: user.email ?? null });

/**
 * Checks a typed code before anything is shown. A code that is not pending, expired or unknown is
 * one wrong guess: each is recorded, and past the limit no code is checked at all, so the ~34 bits
 * of a user code cannot be searched through this page.
 */
export async function lookUpDeviceCode(db: Db, typed: string, user: DeviceUser, now = new Date()): Promise<DeviceLookup> {
  const userCode = normalizeUserCode(typed);
  // A mistyped shape is no guess at a real code, and is not counted.
  if (!userCode) return { ok: false, reason: 'malformed' };
  if (await tooManyRejectedCodes(db, user.id, now)) return { ok: false, reason: 'too_many' };
  const found = await db.deviceAuthorization.findFirst({
    where: { userCode, status: 'pending', expiresAt: { gt: now } },
    select: { clientId: true, scope: true, client: { select: { clientName: true, status: true } } },
  });
  if (!found || found.client.status !== 'active') {
    await recordRejectedCode(db, actorOf(user), userCode);
    return { ok: false, reason: 'unknown' };
  }
  return {
    ok: true,
    request: { userCode: formatUserCode(userCode), clientId: found.clientId, clientName: found.client.clientName ?? found.clientId, scope: found.scope },
  };
}

/**
 * The user's answer. The code is checked again, and the decision is written with one conditional
 * UPDATE from pending, so a second tab or a late click cannot overturn the first answer.
 */
export async function decideDeviceAuthorization(
  db: Db,
  input: { userCode: string; user: DeviceUser; decision: 'allow' | 'deny'; now?: Date },
): Promise<DeviceDecision> {
  const { user, decision } = input;
  const now = input.now ?? new Date();
  const lookup = await lookUpDeviceCode(db, input.userCode, user, now);
  if (!lookup.ok) return lookup;
  const { request } = lookup;
  const userCode = normalizeUserCode(request.userCode)!;
  const decided = await db.deviceAuthorization.updateMany({
    where: { userCode, status: 'pending', expiresAt: { gt: now } },
    data: decision === 'allow' ? { status: 'approved', userId: user.id, authTime: user.authTime } : { status: 'denied', userId: user.id },
  });
  if (decided.count === 0) return { ok: false, reason: 'unknown' };

  const target = { type: 'client', id: request.clientId };
  if (decision === 'allow') {
    // Kept as consent so the account page lists the device and can withdraw it.
    await recordConsent(db, user.id, request.clientId, request.scope);
    await recordAudit(db, actorOf(user), { action: 'device.approved', target, detail: { scope: request.scope } });
  } else {
    await recordAudit(db, actorOf(user), { action: 'device.denied', target });
  }
  return { ok: true, decision, clientName: request.clientName };
}
