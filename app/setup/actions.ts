'use server';

import { getDb } from '@/lib/db/client';
import { newPasswordSchema, emailSchema } from '@/lib/users/schema';
import { createFirstAdmin } from '@/lib/users/service';
import { z } from 'zod';
import { invalidInput, type ActionResult } from '@/lib/auth/action';

const schema = z.object({ email: emailSchema, password: newPasswordSchema });

/**
 * The only action open to strangers: it can create an admin only while none exists, and that
 * check happens inside the same locked transaction as the insert.
 */
export async function createFirstAdminAction(input: { email: string; password: string }): Promise<ActionResult<{ email: string }>> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const admin = await createFirstAdmin(await getDb(), parsed.data, { type: 'anonymous', label: 'first-admin setup' });
  if (!admin) return { ok: false, error: 'An admin already exists. Sign in instead.' };
  return { ok: true, data: { email: admin.email } };
}
