'use client';

import { revokeInitialAccessTokenAction } from '@/app/console/initial-access-tokens/actions';
import { ConfirmButton } from './confirm-button';

export function RevokeTokenButton({ id, name }: { id: string; name: string }) {
  return (
    <ConfirmButton
      label="Revoke"
      question={`Revoke ${name}? Registrations with it will be refused at once.`}
      confirmLabel="Yes, revoke"
      action={() => revokeInitialAccessTokenAction({ id })}
    />
  );
}
