'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { withdrawConsentAction } from '@/app/account/actions';
import { Alert } from '../ui/alert';
import { Button } from '../ui/button';

/** One app as the page shows it: everything already turned into display text on the server. */
export interface ConsentRow {
  clientId: string;
  clientName: string;
  logoUri: string | null;
  scopes: string[];
  grantedAt: string;
  grantedLabel: string;
}

export function ConsentList({ consents }: { consents: ConsentRow[] }) {
  const router = useRouter();
  const [pending, setPending] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<{ tone: 'error' | 'success'; text: string } | null>(null);

  async function withdraw(consent: ConsentRow) {
    setPending(consent.clientId);
    setOutcome(null);
    const result = await withdrawConsentAction({ clientId: consent.clientId });
    setPending(null);
    setOutcome(
      result.ok
        ? { tone: 'success', text: `${consent.clientName} can no longer use your account. It will have to ask again.` }
        : { tone: 'error', text: result.error },
    );
    router.refresh();
  }

  return (
    <div className="space-y-4">
      {outcome ? <Alert tone={outcome.tone}>{outcome.text}</Alert> : null}
      {consents.length === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">No apps yet. When you allow an app to use your account, it appears here.</p>
      ) : (
        <ul className="divide-y divide-slate-200 dark:divide-slate-800" aria-label="Apps you have allowed">
          {consents.map((consent) => (
            <li key={consent.clientId} className="flex items-start gap-4 py-4">
              {consent.logoUri ? (
                // A plain image: the logo is the app's, from any host, so it skips the image optimiser.
                // eslint-disable-next-line @next/next/no-img-element
                <img src={consent.logoUri} alt={`${consent.clientName} logo`} width={40} height={40} referrerPolicy="no-referrer" className="size-10 shrink-0 rounded object-contain" />
              ) : (
                <div aria-hidden className="size-10 shrink-0 rounded bg-slate-100 dark:bg-slate-800" />
              )}
              <div className="min-w-0 flex-1 space-y-1">
                <h3 className="truncate font-medium">{consent.clientName}</h3>
                <ul className="list-inside list-disc text-sm text-slate-700 dark:text-slate-300">
                  {consent.scopes.map((scope, index) => (
                    <li key={`${index}-${scope}`}>{scope}</li>
                  ))}
                </ul>
                <p className="text-xs text-slate-500">
                  Allowed on <time dateTime={consent.grantedAt}>{consent.grantedLabel}</time>
                </p>
              </div>
              <Button
                variant="secondary"
                onClick={() => withdraw(consent)}
                disabled={pending !== null}
                aria-label={`Withdraw ${consent.clientName}`}
              >
                {pending === consent.clientId ? 'Withdrawing…' : 'Withdraw'}
              </Button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
