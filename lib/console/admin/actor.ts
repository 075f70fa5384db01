import type { Actor } from '@/lib/audit/record';
import type { PublicUser } from '@/lib/users/service';

/** The audit actor for a console admin: the email is kept as the label so the log stays readable after the account is gone. */
export function adminActor(user: Pick<PublicUser, 'id' | 'email'>): Actor & { id: string } {
  return { type: 'user', id: user.id, label: user.email };
}
