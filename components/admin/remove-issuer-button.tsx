'use client';

import { removeTrustedIssuerAction } from '@/app/console/settings/actions';
import { ConfirmButton } from './confirm-button';

export function RemoveIssuerButton({ id, name }: { id: string; name: string }) {
  return (
    <ConfirmButton
      label="Remove"
      question={`Stop trusting ${name}? New registrations with its statements will be refused.`}
      confirmLabel="Yes, remove"
      action={() => removeTrustedIssuerAction({ id })}
    />
  );
}
