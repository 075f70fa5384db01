import type { Metadata } from 'next';
import Link from 'next/link';
import { SignOutButton } from '@/components/console/sign-out-button';
import { CardPage } from '@/components/ui/card-page';
import { hasRole, requirePageUser } from '@/lib/auth/guard';

export const metadata: Metadata = { title: 'Your account' };
export const dynamic = 'force-dynamic';

export default async function AccountPage() {
  const user = await requirePageUser(['admin', 'developer', 'user'], '/account');
  return (
    <CardPage title="Your account">
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
        <dt className="font-medium">Email</dt>
        <dd>{user.email}</dd>
        <dt className="font-medium">Role</dt>
        <dd>{user.role}</dd>
      </dl>
      <div className="flex items-center justify-between">
        {hasRole(user, ['admin', 'developer']) ? (
          <Link href="/console" className="text-sm font-medium text-indigo-600 hover:underline dark:text-indigo-400">
            Open the console
          </Link>
        ) : (
          <span />
        )}
        <SignOutButton />
      </div>
    </CardPage>
  );
}
