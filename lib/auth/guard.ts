import { getServerSession } from 'next-auth';
import { redirect } from 'next/navigation';
import { getDb } from '../db/client';
import { publicUserFields, type PublicUser } from '../users/service';
import type { Role } from '../users/schema';
import { authOptions } from './options';

/**
 * The signed-in user as the database knows them now: a role change or a disabled account takes
 * effect at the next request, whatever the session cookie still claims.
 */
export async function currentUser(): Promise<PublicUser | null> {
  return (await currentSignIn())?.user ?? null;
}

/** The signed-in user and when they last signed in, for the authorization endpoint. */
export async function currentSignIn(): Promise<{ user: PublicUser; authTime: Date | null } | null> {
  const session = await getServerSession(authOptions);
  const id = session?.user?.id;
  if (!id) return null;
  const db = await getDb();
  const found = await db.user.findUnique({ where: { id }, select: { ...publicUserFields, sessionsValidFrom: true } });
  if (!found || found.disabled) return null;
  const { sessionsValidFrom, ...user } = found;
  const authTime = session.user.authTime ? new Date(session.user.authTime * 1000) : null;
  // A password change ends every session signed in before it; one without a sign-in time is too old to tell.
  if (sessionsValidFrom && (!authTime || authTime < sessionsValidFrom)) return null;
  return { user, authTime };
}

export function hasRole(user: Pick<PublicUser, 'role'>, roles: readonly Role[]): boolean {
  return roles.includes(user.role);
}

/** For pages: sends strangers to sign in and the wrong role to the refusal page. */
export async function requirePageUser(roles: readonly Role[], returnTo: string): Promise<PublicUser> {
  const user = await currentUser();
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent(returnTo)}`);
  if (!hasRole(user, roles)) redirect('/forbidden');
  return user;
}
