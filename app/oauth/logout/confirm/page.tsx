import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { Button } from '@/components/ui/button';
import { CardPage } from '@/components/ui/card-page';
import { currentUser } from '@/lib/auth/guard';
import { afterLogoutTarget, forwardedParams, recheckLogoutParams } from '@/lib/oauth/logout';
import { tokenRuntime } from '@/lib/oauth/token/runtime';
import { LogoutRefused } from '../_components/logout-refused';
import { signOutAction, staySignedInAction } from './actions';

export const metadata: Metadata = { title: 'Sign out' };
export const dynamic = 'force-dynamic';

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/**
 * RP-Initiated Logout §2: the OP asks the user whether to sign out. Someone without a session has
 * nothing to confirm and goes straight on.
 */
export default async function LogoutConfirmPage({ searchParams }: { searchParams: SearchParams }) {
  const request = await recheckLogoutParams(await tokenRuntime(), await searchParams);
  if ('error' in request) return <LogoutRefused description={request.description} />;
  const user = await currentUser();
  if (!user) redirect(afterLogoutTarget(request));

  const forwarded = forwardedParams(request);
  const clientName = request.client?.name ?? null;
  return (
    <CardPage title={`Sign out of ${clientName ?? 'this server'}?`}>
      <p className="text-sm text-slate-600 dark:text-slate-400">
        {clientName ? `${clientName} asks to end your session on this server. ` : ''}You are signed in as{' '}
        <span className="font-medium text-slate-900 dark:text-slate-100">{user.email}</span>.
      </p>
      <form className="flex gap-3">
        <Button type="submit" formAction={signOutAction.bind(null, forwarded)}>
          Sign out
        </Button>
        <Button type="submit" variant="secondary" formAction={staySignedInAction.bind(null, forwarded)}>
          Stay signed in
        </Button>
      </form>
    </CardPage>
  );
}
