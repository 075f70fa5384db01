'use client';

import { useEffect, useRef } from 'react';
import { useFormContext } from 'react-hook-form';
import type { ClientFormValues } from '@/lib/console/new-client/form-values';
import { useLiveAnalysis } from './live-analysis';
import { SelectInput } from './select-input';
import { TextInput } from './text-input';
import { UriListInput } from './uri-list-input';

/** OpenID Connect settings most clients leave at their defaults, behind a disclosure. */
export function AdvancedFields() {
  const { register } = useFormContext<ClientFormValues>();
  const { context, byField } = useLiveAnalysis();
  const flagged = ['application_type', 'subject_type', 'id_token_signed_response_alg', 'default_max_age', 'require_auth_time'].some((field) => byField.has(field)) ||
    [...byField.keys()].some((field) => field.startsWith('post_logout_redirect_uris'));
  const disclosure = useRef<HTMLDetailsElement>(null);
  // Opens itself when something inside needs attention, and never closes under the user.
  useEffect(() => {
    if (flagged && disclosure.current) disclosure.current.open = true;
  }, [flagged]);
  return (
    <details className="group rounded-lg border border-slate-200 p-4 dark:border-slate-800" ref={disclosure}>
      <summary className="cursor-pointer text-base font-semibold">Advanced: OpenID Connect settings</summary>
      <div className="mt-4 grid gap-3 md:grid-cols-2">
        <SelectInput name="application_type" label="Application type" options={context.supported.applicationTypes} defaultLabel="Default (web)" />
        <SelectInput name="subject_type" label="Subject type" options={context.supported.subjectTypes} defaultLabel="Default (public)" />
        <SelectInput name="id_token_signed_response_alg" label="ID token signing algorithm" options={context.supported.idTokenSigningAlgs} defaultLabel="Default (RS256)" />
        <TextInput name="default_max_age" label="Default max age (seconds)" inputMode="numeric" hint="Users must have signed in within this many seconds." />
        <label className="flex items-center gap-2 text-sm md:col-span-2">
          <input type="checkbox" {...register('require_auth_time')} />
          Require auth_time in ID tokens
        </label>
        <div className="md:col-span-2">
          <UriListInput name="post_logout_redirect_uris" label="Post-logout redirect URIs" itemLabel="post-logout redirect URI" placeholder="https://app.example.com/signed-out" />
        </div>
      </div>
    </details>
  );
}
