'use client';

import { useId } from 'react';
import { useFormContext } from 'react-hook-form';
import type { ClientFormValues } from '@/lib/console/new-client/form-values';
import { FieldFindings } from './field-findings';
import { useLiveAnalysis } from './live-analysis';
import { inputClass } from './text-input';

type SelectName = 'token_endpoint_auth_signing_alg' | 'application_type' | 'subject_type' | 'id_token_signed_response_alg';

/** A select whose empty choice means "leave it out and take the server's default", which it names. */
export function SelectInput({ name, label, options, defaultLabel }: { name: SelectName; label: string; options: readonly string[]; defaultLabel: string }) {
  const id = useId();
  const { register, formState } = useFormContext<ClientFormValues>();
  const { byField } = useLiveAnalysis();
  const findings = byField.get(name);
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <select id={id} aria-describedby={`${id}-findings`} className={inputClass} {...register(name)}>
        <option value="">{defaultLabel}</option>
        {options.map((option) => (
          <option key={option} value={option}>
            {option}
          </option>
        ))}
      </select>
      <FieldFindings id={`${id}-findings`} findings={findings} serverMessage={formState.errors[name]?.message} />
    </div>
  );
}
