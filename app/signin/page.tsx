import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { SignInForm } from '@/components/auth/sign-in-form';
import { CardPage } from '@/components/ui/card-page';
import { currentUser } from '@/lib/auth/guard';
import { safeReturnPath } from '@/lib/auth/safe-return';
import { getDb } from '@/lib/db/client';
import { adminExists } from '@/lib/users/service';

export const metadata: Metadata = { title: 'Sign in' };
export const dynamic = 'force-dynamic';

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const returnTo = safeReturnPath((await searchParams).callbackUrl);
  if (!(await adminExists(await getDb()))) redirect('/setup');
  if (await currentUser()) redirect(returnTo);
  return (
    <CardPage title="Sign in">
      <SignInForm returnTo={returnTo} />
    </CardPage>
  );
}
