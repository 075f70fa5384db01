'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { rotateSigningKeysAction } from '@/app/console/settings/actions';
import { Alert } from '../ui/alert';
import { Button } from '../ui/button';

/** A planned rotation: new keys are published first and sign only later, so nothing breaks. */
export function RotateKeysButton() {
  const router = useRouter();
  const [outcome, setOutcome] = useState<{ tone: 'error' | 'success'; text: string } | null>(null);
  const [pending, startTransition] = useTransition();

  const rotate = () =>
    startTransition(async () => {
      setOutcome(null);
      const result = await rotateSigningKeysAction({});
      if (!result.ok) return setOutcome({ tone: 'error', text: result.error });
      const rotated = result.data.rotated.map((key) => `${key.alg} (signs from ${key.activatesAt.replace('T', ' ').slice(0, 16)} UTC)`);
      setOutcome({ tone: 'success', text: `New keys published: ${rotated.join(', ')}.` });
      router.refresh();
    });

  return (
    <div className="space-y-2">
      <Button type="button" variant="secondary" disabled={pending} onClick={rotate}>
        Rotate keys
      </Button>
      {outcome ? <Alert tone={outcome.tone}>{outcome.text}</Alert> : null}
    </div>
  );
}
