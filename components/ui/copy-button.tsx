'use client';

import { useEffect, useState } from 'react';

/** Copies a value to the clipboard and says so for a moment, to sighted and screen-reader users alike. */
export function CopyButton({ value, label = 'Copy', className = '' }: { value: string; label?: string; className?: string }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  useEffect(() => {
    if (state === 'idle') return;
    const timer = setTimeout(() => setState('idle'), 2000);
    return () => clearTimeout(timer);
  }, [state]);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setState('copied');
    } catch {
      // Clipboard access is refused on insecure origins and by some browser settings.
      setState('failed');
    }
  };
  return (
    <button
      type="button"
      onClick={copy}
      aria-label={label}
      className={`rounded border border-slate-300 bg-white px-2 py-0.5 text-xs font-medium hover:bg-slate-100 dark:border-slate-700 dark:bg-slate-900 dark:hover:bg-slate-800 ${className}`}
    >
      <span aria-live="polite">{state === 'copied' ? 'Copied' : state === 'failed' ? 'Copy failed' : 'Copy'}</span>
    </button>
  );
}
