import type { Metadata } from 'next';
import { PageHeader } from '@/components/console/page-header';
import { requirePageUser } from '@/lib/auth/guard';
import { getDb } from '@/lib/db/client';
import { listInitialAccessTokens } from '@/lib/registration/initial-access-tokens';

export const metadata: Metadata = { title: 'Initial access tokens' };

function usesLeft(token: { maxUses: number | null; uses: number }): string {
  return token.maxUses === null ? 'unlimited' : String(Math.max(0, token.maxUses - token.uses));
}

export default async function InitialAccessTokensPage() {
  await requirePageUser(['admin'], '/console/initial-access-tokens');
  const tokens = await listInitialAccessTokens(await getDb());
  return (
    <>
      <PageHeader
        title="Initial access tokens"
        description="Bearer tokens that allow a program to register a client (RFC 7591 §3). Create one with `npm run cli -- initial-access-token create`."
      />
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
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-200 dark:divide-slate-800">
            {tokens.map((token) => (
              <tr key={token.id}>
                <td className="py-2">{token.description ?? <code>{token.id}</code>}</td>
                <td className="py-2">{usesLeft(token)}</td>
                <td className="py-2">{token.expiresAt?.toISOString() ?? 'never'}</td>
                <td className="py-2">{token.revokedAt ? 'revoked' : 'active'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
