'use client';

import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import { registrantKindLabels, type PolicyForm, type RegistrantKindKey } from '@/lib/console/admin/policy-form';
import { serverCapabilities } from '@/lib/metadata/capabilities';
import { TextField } from '../ui/text-field';
import { CheckboxList } from './checkbox-list';
import { TextAreaField } from './text-area-field';

interface KindPolicyFieldsProps {
  kind: RegistrantKindKey;
  register: UseFormRegister<PolicyForm>;
  errors: FieldErrors<PolicyForm>;
}

function Toggle({ label, ...props }: { label: string } & React.InputHTMLAttributes<HTMLInputElement>) {
  return (
    <label className="inline-flex items-center gap-2 text-sm">
      <input type="checkbox" {...props} />
      {label}
    </label>
  );
}

/** What one kind of registrant may register; field names follow the stored policy's paths. */
export function KindPolicyFields({ kind, register, errors }: KindPolicyFieldsProps) {
  const label = registrantKindLabels[kind];
  const fieldErrors = errors.kinds?.[kind];
  return (
    <fieldset className="space-y-4 rounded-lg border border-slate-200 p-4 dark:border-slate-800" aria-label={label}>
      <legend className="px-1 text-sm font-semibold">{label}</legend>
      <CheckboxList
        legend="Allowed grant types"
        hint="All checked allows every grant type the server supports."
        options={serverCapabilities.grantTypes}
        error={fieldErrors?.grantTypes?.message}
        {...register(`kinds.${kind}.grantTypes`)}
      />
      <CheckboxList
        legend="Allowed token endpoint auth methods"
        hint="All checked allows every supported method."
        options={serverCapabilities.tokenEndpointAuthMethods}
        error={fieldErrors?.tokenEndpointAuthMethods?.message}
        {...register(`kinds.${kind}.tokenEndpointAuthMethods`)}
      />
      <TextAreaField
        label={`Allowed redirect hosts (${label})`}
        rows={2}
        hint="One per line; *.example.com admits subdomains. Empty allows any host."
        error={fieldErrors?.allowedRedirectHosts?.message}
        {...register(`kinds.${kind}.allowedRedirectHosts`)}
      />
      <div className="grid gap-4 md:grid-cols-2">
        <TextField
          label={`Max clients (${label})`}
          inputMode="numeric"
          hint="Live clients per developer or per token; empty for no cap."
          error={fieldErrors?.maxClients?.message}
          {...register(`kinds.${kind}.maxClients`)}
        />
        <TextField
          label={`Secret lifetime in seconds (${label})`}
          inputMode="numeric"
          hint="2592000 is 30 days; empty for secrets that never expire."
          error={fieldErrors?.secretLifetimeSeconds?.message}
          {...register(`kinds.${kind}.secretLifetimeSeconds`)}
        />
      </div>
      <div className="flex flex-wrap gap-x-6 gap-y-2">
        <Toggle label="Require PKCE" {...register(`kinds.${kind}.requirePkce`)} />
        <Toggle label="Allow the password grant" {...register(`kinds.${kind}.allowPasswordGrant`)} />
        <Toggle label="Require a software statement" {...register(`kinds.${kind}.requireSoftwareStatement`)} />
      </div>
    </fieldset>
  );
}
