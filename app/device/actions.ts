'use server';

import { currentSignIn } from '@/lib/auth/guard';
import { getDb } from '@/lib/db/client';
import { decideDeviceAuthorization, lookUpDeviceCode, type DeviceCodeRefusal } from '@/lib/oauth/device/verification';
import { describeScope } from '@/lib/oauth/scope-descriptions';

/** A pending request turned into display text on the server. */
export interface DeviceRequestView {
  userCode: string;
  clientName: string;
  abilities: string[];
}

export type DeviceLookupOutcome = { ok: true; request: DeviceRequestView } | { ok: false; error: string };
export type DeviceDecisionOutcome = { ok: true; decision: 'allow' | 'deny' } | { ok: false; error: string };

const refusals: Record<DeviceCodeRefusal, string> = {
  malformed: 'Enter the 8-letter code shown on your device, such as BCDF-GHJK.',
  unknown: 'That code is not valid or has expired. Check the code on your device and try again.',
  too_many: 'Too many attempts; wait a few minutes.',
};
const sessionEnded = 'Your session has ended. Sign in again.';

// Longer than any code with spaces and a dash; anything longer is not worth normalizing.
const readCode = (value: unknown) => (typeof value === 'string' && value.length <= 64 ? value : '');

/** Checks the typed code for the signed-in user; the browser names only the code. */
export async function lookUpDeviceCodeAction(code: unknown): Promise<DeviceLookupOutcome> {
  const signIn = await currentSignIn();
  if (!signIn) return { ok: false, error: sessionEnded };
  const user = { id: signIn.user.id, email: signIn.user.email, authTime: signIn.authTime };
  const lookup = await lookUpDeviceCode(await getDb(), readCode(code), user);
  if (!lookup.ok) return { ok: false, error: refusals[lookup.reason] };
  const { request } = lookup;
  const abilities = request.scope.length === 0 ? ['Use your account to sign you in'] : request.scope.map(describeScope);
  return { ok: true, request: { userCode: request.userCode, clientName: request.clientName, abilities } };
}

/** Allow or Deny. Who decides comes from the session, never from the form. */
export async function decideDeviceCodeAction(code: unknown, decision: unknown): Promise<DeviceDecisionOutcome> {
  if (decision !== 'allow' && decision !== 'deny') return { ok: false, error: 'Choose Allow or Deny.' };
  const signIn = await currentSignIn();
  if (!signIn) return { ok: false, error: sessionEnded };
  const user = { id: signIn.user.id, email: signIn.user.email, authTime: signIn.authTime };
  const outcome = await decideDeviceAuthorization(await getDb(), { userCode: readCode(code), user, decision });
  return outcome.ok ? { ok: true, decision: outcome.decision } : { ok: false, error: refusals[outcome.reason] };
}
