'use server';

import { revalidatePath } from 'next/cache';
import { guardedAction } from '@/lib/auth/action';
import { adminActor } from '@/lib/console/admin/actor';
import { changeRoleSchema, changeUserRole, setDisabledSchema, setUserDisabled, UserAdminError } from '@/lib/console/admin/users';
import { newUserSchema } from '@/lib/users/schema';
import { createUser, UserError } from '@/lib/users/service';

export const createUserAction = guardedAction(
  { roles: ['admin'], schema: newUserSchema, expected: [UserError] },
  async (input, { db, user }) => {
    const created = await createUser(db, input, { type: 'user', id: user.id, label: user.email });
    return { id: created.id, email: created.email, role: created.role };
  },
);

export const changeUserRoleAction = guardedAction(
  { roles: ['admin'], schema: changeRoleSchema, expected: [UserAdminError] },
  async (input, { db, user }) => {
    const updated = await changeUserRole(db, input, adminActor(user));
    revalidatePath('/console/users');
    return { id: updated.id, email: updated.email, role: updated.role };
  },
);

export const setUserDisabledAction = guardedAction(
  { roles: ['admin'], schema: setDisabledSchema, expected: [UserAdminError] },
  async (input, { db, user }) => {
    const updated = await setUserDisabled(db, input, adminActor(user));
    revalidatePath('/console/users');
    return { id: updated.id, email: updated.email, disabled: updated.disabled };
  },
);
