'use client';

import { useState } from 'react';
import { decideDeviceCodeAction, type DeviceRequestView } from '@/app/device/actions';
import { AllowDenyButtons } from '../ui/allow-deny-buttons';

interface Props {
  request: DeviceRequestView;
  email: string;
  onDecided: (decision: 'allow' | 'deny') => void;
  onRefused: (error: string) => void;
}

export function DeviceDecision({ request, email, onDecided, onRefused }: Props) {
  const [pending, setPending] = useState(false);

  const decide = async (decision: 'allow' | 'deny') => {
    setPending(true);
    const outcome = await decideDeviceCodeAction(request.userCode, decision);
    if (outcome.ok) onDecided(outcome.decision);
    else onRefused(outcome.error);
  };

  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-600 dark:text-slate-400">
        Signed in as <strong>{email}</strong>, for the device showing <strong className="font-mono">{request.userCode}</strong>.
      </p>
      <div>
        <p className="mb-2 text-sm font-medium">{request.clientName} will be able to:</p>
        <ul className="list-inside list-disc space-y-1 text-sm">
          {request.abilities.map((ability, index) => (
            <li key={`${index}:${ability}`}>{ability}</li>
          ))}
        </ul>
      </div>
      <p className="text-xs text-slate-500">Only allow this if you started signing in on a device yourself.</p>
      <AllowDenyButtons pending={pending} onDecide={decide} />
    </div>
  );
}
