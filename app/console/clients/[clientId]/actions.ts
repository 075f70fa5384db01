'use server';

import { z } from 'zod';
import { ActionError, guardedAction } from '@/lib/auth/action';
import { recordAudit } from '@/lib/audit/record';
import { consoleActor, findManageableClient, NOT_ALLOWED } from '@/lib/console/client-access';
import { mayChangeStatus } from '@/lib/console/client-status';
import { needsClientSecret } from '@/lib/registration/client-secret';
import { storedMetadata } from '@/lib/registration/client-record';
import { registrationRuntime } from '@/lib/registration/runtime-deps';
import { deleteClient, rotateClientSecret } from '@/lib/registration/service';

const clientIdSchema = z.string().trim().min(1).max(200);
const roles = ['admin', 'developer'] as const;

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
    await db.$transaction(async (tx) => {
      // Guarded on the status read above, so two people toggling at once cannot both succeed.
      const changed = await tx.client.updateMany({
        where: { id: client.id, status: client.status },
        data: { status, version: { increment: 1 } },
      });
      if (changed.count === 0) throw new ActionError('The client was changed by someone else. Reload and try again.');
      await recordAudit(tx, consoleActor(user), {
        action: status === 'disabled' ? 'client.disabled' : 'client.enabled',
        target: { type: 'client', id: clientId },
        before: { status: client.status },
        after: { status },
      });
    });
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
  await db.$transaction(async (tx) => {
    // Guarded on pending, so a client disabled or approved meanwhile is left as it is.
    const changed = await tx.client.updateMany({ where: { id: client.id, status: 'pending' }, data: { status: 'active', version: { increment: 1 } } });
    if (changed.count === 0) throw new ActionError('The client was changed by someone else. Reload and try again.');
    await recordAudit(tx, consoleActor(user), {
      action: 'client.approved',
      target: { type: 'client', id: clientId },
      before: { status: 'pending' },
      after: { status: 'active' },
    });
  });
  return { status: 'active' as const };
});
