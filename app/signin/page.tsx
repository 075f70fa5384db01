import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { SignInForm } from '@/components/auth/sign-in-form';
import { Alert } from '@/components/ui/alert';
import { CardPage } from '@/components/ui/card-page';
import { currentUser } from '@/lib/auth/guard';
import { signInNotice } from '@/lib/auth/notices';
import { safeReturnPath } from '@/lib/auth/safe-return';
import { getDb } from '@/lib/db/client';
import { adminExists } from '@/lib/users/service';
import { loadSignUpSettings, signUpIsOpen } from '@/lib/users/sign-up-settings';

export const metadata: Metadata = { title: 'Sign in' };
export const dynamic = 'force-dynamic';

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string; reauth?: string; login_hint?: string; notice?: string }> }) {
  const { callbackUrl, reauth, login_hint: loginHint, notice } = await searchParams;
  const returnTo = safeReturnPath(callbackUrl);
  const db = await getDb();
  if (!(await adminExists(db))) redirect('/setup');
  // An application may ask for a fresh sign-in (prompt=login, max_age): then the form shows even to a signed-in user.
  if (!reauth && (await currentUser())) redirect(returnTo);
  const signUpOpen = signUpIsOpen(await loadSignUpSettings(db));
  return (
    <CardPage title="Sign in">
      {signInNotice(notice) ? <Alert tone="info">{signInNotice(notice)}</Alert> : null}
      {reauth ? <p className="text-sm text-slate-600 dark:text-slate-400">Sign in to continue to the application.</p> : null}
      <SignInForm returnTo={returnTo} email={typeof loginHint === 'string' ? loginHint.slice(0, 254) : undefined} />
      {signUpOpen ? (
        <p className="text-sm">
          <Link href="/signup" className="text-indigo-700 hover:underline dark:text-indigo-300">
            Create a developer account
          </Link>
        </p>
      ) : null}
    </CardPage>
  );
}
