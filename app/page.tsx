import { redirect } from 'next/navigation';
import { currentUser, hasRole } from '@/lib/auth/guard';
import { getDb } from '@/lib/db/client';
import { adminExists } from '@/lib/users/service';

export const dynamic = 'force-dynamic';

/** The front door: setup until an admin exists, then sign-in, then the console or the account page. */
export default async function Home() {
  if (!(await adminExists(await getDb()))) redirect('/setup');
  const user = await currentUser();
  if (!user) redirect('/signin');
  redirect(hasRole(user, ['admin', 'developer']) ? '/console' : '/account');
}
