import type { Metadata } from 'next';
import Link from 'next/link';
import { CardPage } from '@/components/ui/card-page';

export const metadata: Metadata = { title: 'Not allowed' };

export default function ForbiddenPage() {
  return (
    <CardPage title="You don't have access to this page">
      <p className="text-sm text-slate-600 dark:text-slate-400">Your account&apos;s role does not allow this part of the console. Ask an admin if you need it.</p>
      <Link href="/account" className="text-sm font-medium text-indigo-600 hover:underline dark:text-indigo-400">
        Go to your account
      </Link>
    </CardPage>
  );
}
