import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { ConsentButtons } from '@/components/consent/consent-buttons';
import { CardPage } from '@/components/ui/card-page';
import { currentSignIn } from '@/lib/auth/guard';
import { getDb } from '@/lib/db/client';
import { AuthorizationPageError, AuthorizationRedirectError } from '@/lib/oauth/authorize/errors';
import { validateAuthorizationRequest } from '@/lib/oauth/authorize/request';
import { describeScope, httpsUrlOrNull } from '@/lib/oauth/scope-descriptions';

export const metadata: Metadata = { title: 'Allow access?' };
export const dynamic = 'force-dynamic';

export default async function ConsentPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(await searchParams)) {
    for (const item of Array.isArray(value) ? value : value === undefined ? [] : [value]) query.append(name, item);
  }
  const signIn = await currentSignIn();
  if (!signIn) redirect(`/signin?callbackUrl=${encodeURIComponent(`/oauth/authorize?${query}`)}`);

  let request;
  try {
    request = await validateAuthorizationRequest(await getDb(), query);
  } catch (error) {
    if (!(error instanceof AuthorizationPageError) && !(error instanceof AuthorizationRedirectError)) throw error;
    return (
      <CardPage title="This request cannot be completed">
        <p className="text-sm">{error instanceof AuthorizationPageError ? error.message : 'The application sent a request this server cannot accept.'}</p>
      </CardPage>
    );
  }
  const { metadata: client } = request;
  const name = client.client_name ?? request.client.clientId;
  const logo = httpsUrlOrNull(client.logo_uri);
  const links = [
    ['Website', httpsUrlOrNull(client.client_uri)],
    ['Privacy policy', httpsUrlOrNull(client.policy_uri)],
    ['Terms of service', httpsUrlOrNull(client.tos_uri)],
  ].filter((link): link is [string, string] => link[1] !== null);

  return (
    <CardPage title={`Allow ${name} to access your account?`}>
      <div className="flex items-center gap-3">
        {/* eslint-disable-next-line @next/next/no-img-element -- an external logo the registry does not host */}
        {logo ? <img src={logo} alt={`${name} logo`} width={48} height={48} className="h-12 w-12 rounded object-contain" referrerPolicy="no-referrer" /> : null}
        <p className="text-sm text-slate-600 dark:text-slate-400">
          Signed in as <strong>{signIn.user.email}</strong>
        </p>
      </div>
      <div>
        <p className="mb-2 text-sm font-medium">{name} will be able to:</p>
        <ul className="list-inside list-disc space-y-1 text-sm">
          {request.scope.length === 0 ? <li>Use your account to sign you in</li> : null}
          {request.scope.map((scope) => (
            <li key={scope}>{describeScope(scope)}</li>
          ))}
        </ul>
      </div>
      {links.length > 0 ? (
        <p className="flex flex-wrap gap-x-4 text-sm">
          {links.map(([label, href]) => (
            <a key={label} href={href} target="_blank" rel="noopener noreferrer" className="text-indigo-600 underline dark:text-indigo-400">
              {label}
            </a>
          ))}
        </p>
      ) : null}
      <ConsentButtons query={query.toString()} />
      <p className="text-xs text-slate-500">You can withdraw this later from your account page.</p>
    </CardPage>
  );
}
