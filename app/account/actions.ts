'use server';

import { z } from 'zod';
import { guardedAction } from '@/lib/auth/action';
import { AccountError, changePassword, withdrawConsent } from '@/lib/users/account';
import { newPasswordSchema } from '@/lib/users/schema';

const everyone = ['admin', 'developer', 'user'] as const;

const changePasswordSchema = z.object({
  current: z.string().min(1, 'Enter your current password').max(1024),
  next: newPasswordSchema,
});

/** Changes the signed-in user's own password; whose it is comes from the session, never the form. */
export const changePasswordAction = guardedAction(
  { roles: everyone, schema: changePasswordSchema, expected: [AccountError] },
  async ({ current, next }, { db, user }) => {
    await changePassword(db, user.id, current, next, { type: 'user', id: user.id, label: user.email });
    return { changed: true };
  },
);

const withdrawSchema = z.object({ clientId: z.string().min(1).max(512) });

/** The browser names only the app: the consent withdrawn is always the signed-in user's own. */
export const withdrawConsentAction = guardedAction(
  { roles: everyone, schema: withdrawSchema, expected: [AccountError] },
  async ({ clientId }, { db, user }) => withdrawConsent(db, user.id, clientId, { type: 'user', id: user.id, label: user.email }),
);
