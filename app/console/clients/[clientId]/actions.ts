'use server';

import { z } from 'zod';
import { ActionError, guardedAction } from '@/lib/auth/action';
import { recordAudit } from '@/lib/audit/record';
import { consoleActor, findManageableClient, NOT_ALLOWED } from '@/lib/console/client-access';
import { summarizeJwks } from '@/lib/console/client-keys';
import { mayChangeStatus } from '@/lib/console/client-status';
import { clientTokenLifetimeFormSchema } from '@/lib/console/client-token-lifetime';
import { plainFinding, type EditConflict, type SaveClientOutcome } from '@/lib/console/new-client/outcome';
import { registrationRefusal } from '@/lib/console/registration-refusal';
import type { Db } from '@/lib/db/client';
import { SafeFetchError } from '@/lib/net/errors';
import { OAuthError } from '@/lib/oauth/errors';
import { storedMetadata } from '@/lib/registration/client-record';
import { needsClientSecret } from '@/lib/registration/client-secret';
import { changeClientStatus } from '@/lib/registration/client-status';
import { resetRegistrationAccessToken } from '@/lib/registration/registration-token';
import { registrationRuntime } from '@/lib/registration/runtime-deps';
import { deleteClient, rotateClientSecret, updateClient } from '@/lib/registration/service';

const clientIdSchema = z.string().trim().min(1).max(200);
const roles = ['admin', 'developer'] as const;
const CHANGED_MEANWHILE = 'The client was changed by someone else. Reload and try again.';

export const rotateClientSecretAction = guardedAction(
  { roles, schema: z.object({ clientId: clientIdSchema }) },
  async ({ clientId }, { db, user }) => {
    const client = await findManageableClient(db, user, clientId);
    if (!client) throw new ActionError(NOT_ALLOWED);
    if (!needsClientSecret(storedMetadata(client))) throw new ActionError('This client does not use a client secret.');
    const rotated = await rotateClientSecret(await registrationRuntime(), clientId, consoleActor(user));
    return {
      clientSecret: rotated.clientSecret,
      secretExpiresAt: rotated.client.secretExpiresAt?.toISOString() ?? null,
      previousSecretExpiresAt: rotated.client.previousSecretExpiresAt?.toISOString() ?? null,
    };
  },
);

export const setClientStatusAction = guardedAction(
  { roles, schema: z.object({ clientId: clientIdSchema, status: z.enum(['active', 'disabled']) }) },
  async ({ clientId, status }, { db, user }) => {
    const client = await findManageableClient(db, user, clientId);
    if (!client) throw new ActionError(NOT_ALLOWED);
    if (client.status === status) return { status };
    if (!mayChangeStatus(user.role, client.status, status)) throw new ActionError(NOT_ALLOWED);
    if (!(await changeClientStatus(db, clientId, client.status, status, consoleActor(user)))) throw new ActionError(CHANGED_MEANWHILE);
    return { status };
  },
);

export const deleteClientAction = guardedAction(
  { roles, schema: z.object({ clientId: clientIdSchema, confirmation: z.string().trim().min(1, 'Type the name or client_id') }) },
  async ({ clientId, confirmation }, { db, user }) => {
    const client = await findManageableClient(db, user, clientId);
    if (!client) throw new ActionError(NOT_ALLOWED);
    // Checked here as well as in the form: a replayed or hand-made request must confirm too.
    if (confirmation !== client.clientId && confirmation !== client.clientName) {
      throw new ActionError('Type the client’s name or client_id exactly to delete it.', 'confirmation');
    }
    await deleteClient(db, clientId, consoleActor(user));
    return { clientId };
  },
);

/** Approval is an admin's decision alone, and it only ever moves a client from pending to active. */
export const approveClientAction = guardedAction({ roles: ['admin'], schema: z.object({ clientId: clientIdSchema }) }, async ({ clientId }, { db, user }) => {
  const client = await findManageableClient(db, user, clientId);
  if (!client) throw new ActionError(NOT_ALLOWED);
  if (client.status !== 'pending') throw new ActionError('This client is not waiting for approval.');
  if (!(await changeClientStatus(db, clientId, 'pending', 'active', consoleActor(user)))) throw new ActionError(CHANGED_MEANWHILE);
  return { status: 'active' as const };
});

/** The client as someone else left it, and who did it, so the editor can choose what to keep. */
async function editConflict(db: Db, clientId: string): Promise<EditConflict> {
  const [latest, lastChange] = await Promise.all([
    db.client.findUnique({ where: { clientId } }),
    db.auditEvent.findFirst({ where: { targetType: 'client', targetId: clientId }, orderBy: [{ at: 'desc' }, { id: 'desc' }] }),
  ]);
  if (!latest) throw new ActionError('This client has been deleted.');
  return {
    status: 'conflict',
    version: latest.version,
    metadata: storedMetadata(latest),
    changedBy: lastChange?.actorLabel ?? null,
    changedAt: lastChange?.at.toISOString() ?? null,
  };
}

const saveSettingsInput = z.object({
  clientId: clientIdSchema,
  /** The version the editor loaded: a save on top of someone else's change is refused, not merged blindly. */
  version: z.number().int().nonnegative(),
  metadata: z.record(z.string(), z.unknown()),
});

/**
 * Replaces the client's metadata through the registration service, under the policy of whoever
 * registered it, exactly as an RFC 7592 update would; the registration access token is kept.
 */
export const saveClientSettingsAction = guardedAction({ roles, schema: saveSettingsInput }, async ({ clientId, version, metadata }, { db, user }): Promise<SaveClientOutcome> => {
  const client = await findManageableClient(db, user, clientId);
  if (!client) throw new ActionError(NOT_ALLOWED);
  try {
    const saved = await updateClient(await registrationRuntime(), clientId, metadata, consoleActor(user), { expectedVersion: version, rotateRegistrationToken: false });
    return {
      status: 'saved',
      version: saved.client.version,
      metadata: storedMetadata(saved.client),
      clientSecret: saved.clientSecret,
      clientSecretExpiresAt: saved.client.secretExpiresAt ? Math.floor(saved.client.secretExpiresAt.getTime() / 1000) : null,
      warnings: saved.warnings.map(plainFinding),
    };
  } catch (error) {
    if (error instanceof OAuthError && error.error === 'conflict') return editConflict(db, clientId);
    const refusal = registrationRefusal(error);
    if (refusal) return refusal;
    throw error;
  }
});

/** For when the registration access token leaked or was lost: the old one stops working at once. */
export const resetRegistrationTokenAction = guardedAction({ roles, schema: z.object({ clientId: clientIdSchema }) }, async ({ clientId }, { db, user }) => {
  const client = await findManageableClient(db, user, clientId);
  if (!client) throw new ActionError(NOT_ALLOWED);
  const registrationAccessToken = await resetRegistrationAccessToken(db, clientId, consoleActor(user));
  if (!registrationAccessToken) throw new ActionError('This client has been deleted.');
  return { registrationAccessToken };
});

/**
 * Fetches the client's jwks_uri now, through the same hardened fetcher token requests use, so
 * whoever manages the client sees exactly the keys the server will trust.
 */
export const checkJwksUriAction = guardedAction({ roles, schema: z.object({ clientId: clientIdSchema }) }, async ({ clientId }, { db, user }) => {
  const client = await findManageableClient(db, user, clientId);
  if (!client) throw new ActionError(NOT_ALLOWED);
  const uri = storedMetadata(client).jwks_uri;
  if (!uri) throw new ActionError('This client has no jwks_uri.');
  try {
    return { keys: await summarizeJwks(await (await registrationRuntime()).fetchJson(uri)) };
  } catch (error) {
    if (error instanceof SafeFetchError) throw new ActionError(`The jwks_uri could not be read: ${error.message}.`);
    throw error;
  }
});

/**
 * A client's own access token lifetime, or back to the server default. Admins only: how long a
 * stolen token stays useful is the operator's call, not the app owner's.
 */
export const setClientTokenLifetimeAction = guardedAction(
  { roles: ['admin'], schema: clientTokenLifetimeFormSchema.extend({ clientId: clientIdSchema }) },
  async ({ clientId, accessTokenLifetimeSeconds }, { db, user }) => {
    const client = await findManageableClient(db, user, clientId);
    if (!client) throw new ActionError(NOT_ALLOWED);
    const next = accessTokenLifetimeSeconds ?? null;
    if (client.accessTokenLifetimeSeconds === next) return { accessTokenLifetimeSeconds: next };
    await db.$transaction(async (tx) => {
      // The version moves with every change the token endpoint acts on, so nothing cached outlives it.
      await tx.client.update({ where: { id: client.id }, data: { accessTokenLifetimeSeconds: next, version: { increment: 1 } } });
      await recordAudit(tx, consoleActor(user), {
        action: 'client.token_lifetime_changed',
        target: { type: 'client', id: clientId },
        before: { access_token_lifetime_seconds: client.accessTokenLifetimeSeconds },
        after: { access_token_lifetime_seconds: next },
      });
    });
    return { accessTokenLifetimeSeconds: next };
  },
);
