import type { Metadata } from 'next';
import Link from 'next/link';
import { CardPage } from '@/components/ui/card-page';

export const metadata: Metadata = { title: 'Signed out' };

export default function SignedOutPage() {
  return (
    <CardPage title="You are signed out">
      <p className="text-sm text-slate-600 dark:text-slate-400">Your session on this server has ended. You can close this window.</p>
      <Link href="/signin" className="text-sm font-medium text-indigo-600 hover:underline dark:text-indigo-400">
        Sign in again
      </Link>
    </CardPage>
  );
}
