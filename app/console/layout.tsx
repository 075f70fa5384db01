import Link from 'next/link';
import { headers } from 'next/headers';
import type { ReactNode } from 'react';
import { ConsoleNav } from '@/components/console/console-nav';
import { navItems } from '@/components/console/nav-items';
import { SignOutButton } from '@/components/console/sign-out-button';
import { hasRole, requirePageUser } from '@/lib/auth/guard';

export const dynamic = 'force-dynamic';

export default async function ConsoleLayout({ children }: { children: ReactNode }) {
  const requested = (await headers()).get('x-request-path') ?? '/console';
  const user = await requirePageUser(['admin', 'developer'], requested);
  const items = navItems.filter((item) => hasRole(user, item.roles));
  return (
    <div className="min-h-screen md:flex">
      <aside className="border-b border-slate-200 bg-white p-4 md:min-h-screen md:w-60 md:border-b-0 md:border-r dark:border-slate-800 dark:bg-slate-900">
        <Link href="/console" className="mb-4 block text-lg font-semibold">
          Client Registry
        </Link>
        <ConsoleNav items={items} />
        <div className="mt-6 space-y-2 border-t border-slate-200 pt-4 text-sm dark:border-slate-800">
          <Link href="/account" className="block truncate text-slate-600 hover:underline dark:text-slate-400">
            {user.email}
          </Link>
          <p className="text-xs uppercase tracking-wide text-slate-500">{user.role}</p>
          <SignOutButton />
        </div>
      </aside>
      <main className="flex-1 p-4 md:p-8">{children}</main>
    </div>
  );
}
