'use client';

import { useState } from 'react';
import { decideConsent } from '@/app/consent/actions';
import type { AuthorizationResult } from '@/lib/oauth/authorize/response';
import { Alert } from '../ui/alert';
import { AllowDenyButtons } from '../ui/allow-deny-buttons';

/** Leaves for the client the way the response mode asks: a navigation, or a posted form. */
function follow(result: AuthorizationResult) {
  if (result.kind === 'redirect') {
    window.location.assign(result.url);
    return;
  }
  const form = document.createElement('form');
  form.method = 'post';
  form.action = result.action;
  for (const [name, value] of Object.entries(result.fields)) {
    const input = document.createElement('input');
    input.type = 'hidden';
    input.name = name;
    input.value = value;
    form.appendChild(input);
  }
  document.body.appendChild(form);
  form.submit();
}

export function ConsentButtons({ query }: { query: string }) {
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const decide = async (decision: 'allow' | 'deny') => {
    setPending(true);
    setFailure(null);
    const outcome = await decideConsent(query, decision);
    if (outcome.ok) {
      follow(outcome.result);
      return;
    }
    setFailure(outcome.error);
    setPending(false);
  };

  return (
    <div className="space-y-3">
      {failure ? <Alert tone="error">{failure}</Alert> : null}
      <AllowDenyButtons pending={pending} onDecide={decide} />
    </div>
  );
}
