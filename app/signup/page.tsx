import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { SignUpForm } from '@/components/auth/sign-up-form';
import { CardPage } from '@/components/ui/card-page';
import { currentUser } from '@/lib/auth/guard';
import { getDb } from '@/lib/db/client';
import { adminExists } from '@/lib/users/service';
import { loadSignUpSettings, signUpIsOpen } from '@/lib/users/sign-up-settings';

export const metadata: Metadata = { title: 'Create a developer account' };
export const dynamic = 'force-dynamic';

export default async function SignUpPage() {
  const db = await getDb();
  // Before the first admin exists nobody has decided who may sign up.
  if (!(await adminExists(db))) redirect('/setup');
  if (await currentUser()) redirect('/console');
  const settings = await loadSignUpSettings(db);
  const signInLink = (
    <p className="text-sm">
      Already have an account?{' '}
      <Link href="/signin" className="text-indigo-700 hover:underline dark:text-indigo-300">
        Sign in
      </Link>
    </p>
  );
  if (!signUpIsOpen(settings)) {
    return (
      <CardPage title="Sign-up is closed">
        <p className="text-sm text-slate-600 dark:text-slate-400">This registry does not accept new developer accounts. Ask an administrator for an account.</p>
        {signInLink}
      </CardPage>
    );
  }
  return (
    <CardPage title="Create a developer account">
      <p className="text-sm text-slate-600 dark:text-slate-400">A developer account registers and manages OAuth clients in the console.</p>
      <SignUpForm domains={settings.mode === 'domains' ? settings.domains : []} />
      {signInLink}
    </CardPage>
  );
}
