'use server';

import { headers } from 'next/headers';
import { invalidInput, type ActionResult } from '@/lib/auth/action';
import { getDb } from '@/lib/db/client';
import { SignUpError, signUpDeveloper, signUpSchema } from '@/lib/users/sign-up';

// Same convention as lib/server/request-ip.ts: the project's own server appends the socket's peer last.
async function callerIp(): Promise<string | null> {
  const forwarded = (await headers()).get('x-forwarded-for');
  const hops = forwarded?.split(',').map((hop) => hop.trim()).filter(Boolean) ?? [];
  return hops[hops.length - 1] ?? null;
}

/**
 * Open to strangers, like the first-admin setup: it re-checks on the server that sign-up is open
 * to the address's domain and can only ever create a developer.
 */
export async function signUpAction(input: { email: string; password: string }): Promise<ActionResult<{ email: string }>> {
  const parsed = signUpSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  try {
    const user = await signUpDeveloper(await getDb(), parsed.data, { ip: await callerIp() });
    return { ok: true, data: { email: user.email } };
  } catch (error) {
    if (!(error instanceof SignUpError)) {
      console.error('sign-up failed:', error instanceof Error ? error.message : error);
      return { ok: false, error: 'Something went wrong. Try again.' };
    }
    return { ok: false, error: error.message, fieldErrors: error.field ? { [error.field]: error.message } : undefined };
  }
}
