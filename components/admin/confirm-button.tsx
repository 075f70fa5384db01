'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import type { ActionResult } from '@/lib/auth/action';
import { Alert } from '../ui/alert';
import { Button } from '../ui/button';

interface ConfirmButtonProps {
  label: string;
  /** The question asked before anything irreversible happens. */
  question: string;
  confirmLabel: string;
  action: () => Promise<ActionResult<unknown>>;
}

/**
 * A destructive button that asks first, inline rather than with window.confirm, so the question is
 * styled, announced and reachable by keyboard like the rest of the page.
 */
export function ConfirmButton({ label, question, confirmLabel, action }: ConfirmButtonProps) {
  const router = useRouter();
  const [asking, setAsking] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  const confirm = () =>
    startTransition(async () => {
      setError(null);
      const result = await action();
      if (!result.ok) {
        setError(result.error);
        return;
      }
      setAsking(false);
      router.refresh();
    });

  if (!asking) {
    return (
      <Button type="button" variant="secondary" className="px-2 py-1" onClick={() => setAsking(true)}>
        {label}
      </Button>
    );
  }
  return (
    <div role="group" aria-label={question} className="space-y-2">
      <p className="text-sm">{question}</p>
      <div className="flex gap-2">
        <Button type="button" variant="danger" className="px-2 py-1" disabled={pending} onClick={confirm}>
          {confirmLabel}
        </Button>
        <Button type="button" variant="secondary" className="px-2 py-1" disabled={pending} onClick={() => setAsking(false)}>
          Cancel
        </Button>
      </div>
      {error ? <Alert tone="error">{error}</Alert> : null}
    </div>
  );
}
