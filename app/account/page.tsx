import type { Metadata } from 'next';
import Link from 'next/link';
import { AccountSection } from '@/components/account/account-section';
import { ChangePasswordForm } from '@/components/account/change-password-form';
import { ConsentList, type ConsentRow } from '@/components/account/consent-list';
import { SignOutButton } from '@/components/console/sign-out-button';
import { hasRole, requirePageUser } from '@/lib/auth/guard';
import { getDb } from '@/lib/db/client';
import { describeScope, listConsents } from '@/lib/users/account';

export const metadata: Metadata = { title: 'Your account' };
export const dynamic = 'force-dynamic';

// A fixed locale and zone, so the date reads the same whatever the server is set to.
const dateFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' });

export default async function AccountPage() {
  const user = await requirePageUser(['admin', 'developer', 'user'], '/account');
  const consents: ConsentRow[] = (await listConsents(await getDb(), user.id)).map((consent) => ({
    clientId: consent.clientId,
    clientName: consent.clientName,
    logoUri: consent.logoUri,
    scopes: consent.scopes.map(describeScope),
    grantedAt: consent.grantedAt.toISOString(),
    grantedLabel: dateFormat.format(consent.grantedAt),
  }));
  return (
    <main className="mx-auto w-full max-w-2xl space-y-6 p-4 md:py-10">
      <header className="space-y-1">
        <p className="text-xs font-semibold uppercase tracking-wide text-indigo-600 dark:text-indigo-400">Client Registry</p>
        <h1 className="text-2xl font-semibold">Your account</h1>
      </header>

      <AccountSection title="Profile">
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
      </AccountSection>

      <AccountSection title="Change password">
        <ChangePasswordForm email={user.email} />
      </AccountSection>

      <AccountSection
        title="Apps you have allowed"
        description="These apps can use your account as you allowed. Withdraw one and it loses access until you allow it again."
      >
        <ConsentList consents={consents} />
      </AccountSection>
    </main>
  );
}
