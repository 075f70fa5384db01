'use client';

import { useEffect, useRef } from 'react';
import { FindingList } from '@/components/metadata/finding-list';
import type { PlainFinding } from '@/lib/console/new-client/outcome';

export interface Refusal {
  message: string;
  /** Server findings with no input of their own to sit beside. */
  findings: PlainFinding[];
}

/** Why the server said no. It takes focus when it appears, since the submit button alone says nothing. */
export function ServerRefusal({ refusal, lead }: { refusal: Refusal | null; lead: string }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (refusal) box.current?.focus();
  }, [refusal]);
  if (!refusal) return null;
  return (
    <div ref={box} tabIndex={-1} role="alert" className="space-y-2 rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-800 focus:outline-none dark:border-red-800 dark:bg-red-950 dark:text-red-200">
      <p className="font-medium">{lead}: {refusal.message}</p>
      {refusal.findings.length > 0 ? <FindingList findings={refusal.findings} /> : null}
    </div>
  );
}
