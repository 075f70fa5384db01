'use client';

import { useState } from 'react';
import type { DeviceRequestView } from '@/app/device/actions';
import { CardPage } from '../ui/card-page';
import { DeviceCodeForm } from './device-code-form';
import { DeviceDecision } from './device-decision';

type Stage =
  | { kind: 'enter'; code: string; error?: string }
  | { kind: 'decide'; request: DeviceRequestView }
  | { kind: 'done'; decision: 'allow' | 'deny' };

/** The three steps of the verification page: type the code, decide, go back to the device. */
export function DeviceVerification({ initialCode, email }: { initialCode: string; email: string }) {
  const [stage, setStage] = useState<Stage>({ kind: 'enter', code: initialCode });

  if (stage.kind === 'decide') {
    const { request } = stage;
    return (
      <CardPage title={`Allow ${request.clientName} to access your account?`}>
        <DeviceDecision
          request={request}
          email={email}
          onDecided={(decision) => setStage({ kind: 'done', decision })}
          // The code stopped being valid while the page was open: start over from the field.
          onRefused={(error) => setStage({ kind: 'enter', code: request.userCode, error })}
        />
      </CardPage>
    );
  }
  if (stage.kind === 'done') {
    return (
      <CardPage title={stage.decision === 'allow' ? 'Device connected' : 'Request denied'}>
        <p role="status" className="text-sm">
          {stage.decision === 'allow' ? 'Access is allowed. ' : 'The device was not given access. '}
          You can return to your device.
        </p>
      </CardPage>
    );
  }
  return (
    <CardPage title="Enter the code shown on your device">
      <DeviceCodeForm
        key={`${stage.code}:${stage.error ?? ''}`}
        initialCode={stage.code}
        initialError={stage.error}
        email={email}
        onFound={(request) => setStage({ kind: 'decide', request })}
      />
    </CardPage>
  );
}
