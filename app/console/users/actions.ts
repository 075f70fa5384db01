'use server';

import { guardedAction } from '@/lib/auth/action';
import { newUserSchema } from '@/lib/users/schema';
import { createUser, UserError } from '@/lib/users/service';

export const createUserAction = guardedAction(
  { roles: ['admin'], schema: newUserSchema, expected: [UserError] },
  async (input, { db, user }) => {
    const created = await createUser(db, input, { type: 'user', id: user.id, label: user.email });
    return { id: created.id, email: created.email, role: created.role };
  },
);
