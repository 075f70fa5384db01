'use client';

import { signUpAction } from '@/app/signup/actions';
import { NewAccountForm } from './new-account-form';

/** The server decides which domains may sign up; the form only shows its answer beside the field. */
export function SignUpForm({ domains }: { domains: readonly string[] }) {
  return (
    <NewAccountForm
      submitLabel="Create account"
      emailHint={domains.length > 0 ? `Addresses at ${domains.join(', ')}.` : undefined}
      create={signUpAction}
      landing="/console/clients"
    />
  );
}
