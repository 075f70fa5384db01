'use client';

import { useState } from 'react';
import { Button } from '../ui/button';

/** Copies a value to the clipboard and says so, for secrets the page shows only once. */
export function CopyButton({ value, label = 'Copy' }: { value: string; label?: string }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setState('copied');
    } catch {
      // Clipboard access needs a secure context and permission; the value stays selectable.
      setState('failed');
    }
  };
  return (
    <span className="inline-flex items-center gap-2">
      <Button type="button" variant="secondary" onClick={copy}>
        {label}
      </Button>
      <span aria-live="polite" className="text-xs text-slate-500">
        {state === 'copied' ? 'Copied.' : state === 'failed' ? 'Copy failed: select the text and copy it yourself.' : ''}
      </span>
    </span>
  );
}
