'use client';

import { useState } from 'react';
import { createClientAction } from '@/app/console/clients/new/actions';
import type { IssuedCredentials } from '@/lib/console/new-client/outcome';
import { startingMetadata, type StartingPoint } from '@/lib/console/new-client/starting-point';
import type { AnalyzeContext, MetadataDraft, RegistrantKind } from '@/lib/metadata';
import { ClientForm, type ClientFormSubmitOutcome } from './client-form';
import { IssuedCredentialsPanel } from './issued-credentials';
import { PresetPicker } from './preset-picker';

/**
 * Pick a starting point, shape the registration, then see the credentials once. Changing the
 * starting point rebuilds the form from that preset.
 */
export function NewClientWizard({ context, issuer, registrant }: { context: AnalyzeContext; issuer: string; registrant: RegistrantKind }) {
  const [start, setStart] = useState<StartingPoint | null>(null);
  const [issued, setIssued] = useState<IssuedCredentials | null>(null);

  if (issued) {
    return (
      <IssuedCredentialsPanel
        issued={issued}
        onAnother={() => {
          setIssued(null);
          setStart(null);
        }}
      />
    );
  }

  const send = async (metadata: MetadataDraft): Promise<ClientFormSubmitOutcome> => {
    const outcome = await createClientAction({ metadata });
    if (!outcome.ok) return { status: 'failed', message: outcome.error };
    if (outcome.data.status === 'rejected') return { status: 'refused', description: outcome.data.description, findings: outcome.data.findings };
    setIssued(outcome.data);
    return { status: 'handled' };
  };

  const pick = (next: StartingPoint) => {
    setStart(next);
    // Move on to the form the choice just filled in.
    requestAnimationFrame(() => document.getElementById('basics-heading')?.focus());
  };

  return (
    <div className="space-y-8">
      <PresetPicker selected={start} onPick={pick} />
      <p className="text-xs text-slate-500">
        Checked against the registration policy for {registrant === 'admin' ? 'admins' : 'developers'}: the server applies the same rules when you create the client.
      </p>
      {start ? <ClientForm key={start} initial={startingMetadata(start)} context={context} issuer={issuer} send={send} /> : null}
    </div>
  );
}
