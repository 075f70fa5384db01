'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { ActionError, guardedAction } from '@/lib/auth/action';
import { adminActor } from '@/lib/console/admin/actor';
import { createTokenFormSchema, toNewToken } from '@/lib/console/admin/initial-access-tokens';
import { createInitialAccessToken, revokeInitialAccessToken } from '@/lib/registration/initial-access-tokens';

const PATH = '/console/initial-access-tokens';

export const createInitialAccessTokenAction = guardedAction({ roles: ['admin'], schema: createTokenFormSchema }, async (input, { db, user }) => {
  const issued = await createInitialAccessToken(db, toNewToken(input), adminActor(user));
  revalidatePath(PATH);
  // The only time the token leaves the server: just its hash is stored.
  return { id: issued.id, token: issued.token, expiresAt: issued.expiresAt?.toISOString() ?? null, maxUses: issued.maxUses };
});

export const revokeInitialAccessTokenAction = guardedAction(
  { roles: ['admin'], schema: z.object({ id: z.uuid('Unknown token') }) },
  async ({ id }, { db, user }) => {
    const revoked = await revokeInitialAccessToken(db, id, adminActor(user));
    if (!revoked) throw new ActionError('This token was already revoked or no longer exists.');
    revalidatePath(PATH);
    return { id };
  },
);
