'use client';

import type { ReactNode } from 'react';
import { Button } from './button';
import { CopyButton } from './copy-button';

/**
 * A credential in clear, for the one moment it exists in the browser: the server keeps only a
 * hash or a sealed copy. Dismissing it drops the value from the page.
 */
export function ShownOnce({
  title,
  value,
  copyLabel,
  testId,
  onDismiss,
  children,
}: {
  title: string;
  value: string;
  copyLabel: string;
  testId: string;
  onDismiss(): void;
  /** Expiry and grace details under the value. */
  children?: ReactNode;
}) {
  return (
    <div role="status" className="space-y-2 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm dark:border-amber-800 dark:bg-amber-950">
      <p className="font-medium">{title} — copy it now: you will not see this again.</p>
      <div className="flex flex-wrap items-center gap-2">
        <code data-testid={testId} className="min-w-0 break-all rounded bg-white px-2 py-1 text-xs dark:bg-slate-900">
          {value}
        </code>
        <CopyButton value={value} label={copyLabel} />
      </div>
      {children}
      <Button type="button" variant="secondary" className="!px-2 !py-0.5 text-xs" onClick={onDismiss}>
        I have stored it
      </Button>
    </div>
  );
}
