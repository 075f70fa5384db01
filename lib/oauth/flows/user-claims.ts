import type { Db } from '../../db/client';

/** Standard claims (OIDC Core §5.4) for the scopes granted: profile gives the name, email the address. */
export async function userClaims(db: Db, userId: string, scope: readonly string[]): Promise<Record<string, unknown>> {
  const wantsProfile = scope.includes('profile');
  const wantsEmail = scope.includes('email');
  if (!wantsProfile && !wantsEmail) return {};
  const user = await db.user.findUnique({ where: { id: userId }, select: { email: true, name: true } });
  if (!user) return {};
  return {
    ...(wantsProfile ? { name: user.name ?? user.email, preferred_username: user.email } : {}),
    // Addresses are set by admins or the user, never by a third party, hence verified.
    ...(wantsEmail ? { email: user.email, email_verified: true } : {}),
  };
}
