import type { Metadata } from 'next';
import { CreateTokenForm } from '@/components/admin/create-token-form';
import { formatTime } from '@/components/admin/format';
import { RevokeTokenButton } from '@/components/admin/revoke-token-button';
import { PageHeader } from '@/components/console/page-header';
import { requirePageUser } from '@/lib/auth/guard';
import { tokenStatus, usesLeft } from '@/lib/console/admin/initial-access-tokens';
import { getDb } from '@/lib/db/client';
import { listInitialAccessTokens } from '@/lib/registration/initial-access-tokens';

export const metadata: Metadata = { title: 'Initial access tokens' };

export default async function InitialAccessTokensPage() {
  await requirePageUser(['admin'], '/console/initial-access-tokens');
  const tokens = await listInitialAccessTokens(await getDb());
  const now = new Date();
  return (
    <>
      <PageHeader
        title="Initial access tokens"
        description="Bearer tokens that allow a program to register a client (RFC 7591 §3). Only a hash is stored: a token is shown once, when it is created."
      />
      <section className="mb-8 rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900">
        <h2 className="mb-4 text-base font-semibold">Create a token</h2>
        <CreateTokenForm />
      </section>
      {tokens.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 p-8 text-center text-sm text-slate-600 dark:border-slate-700 dark:text-slate-400">
          No initial access tokens yet.
        </p>
      ) : (
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Initial access tokens</caption>
          <thead className="text-xs uppercase text-slate-500">
            <tr>
              <th className="py-2">Description</th>
              <th className="py-2">Uses left</th>
              <th className="py-2">Expires</th>
              <th className="py-2">Status</th>
              <th className="py-2">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-200 dark:divide-slate-800">
            {tokens.map((token) => {
              const status = tokenStatus(token, now);
              const name = token.description ?? `token ${token.id.slice(0, 8)}`;
              return (
                <tr key={token.id} data-token-id={token.id}>
                  <td className="py-2">{token.description ?? <code>{token.id}</code>}</td>
                  <td className="py-2">{usesLeft(token)}</td>
                  <td className="py-2">{formatTime(token.expiresAt)}</td>
                  <td className="py-2">{status}</td>
                  <td className="py-2 text-right">{token.revokedAt ? null : <RevokeTokenButton id={token.id} name={name} />}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </>
  );
}
