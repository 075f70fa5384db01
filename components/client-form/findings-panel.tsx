'use client';

import type { Ref } from 'react';
import { FindingList } from '@/components/metadata/finding-list';
import { useLiveAnalysis } from './live-analysis';

/**
 * Everything the rulebook says about the form, announced politely as it changes. Its height is
 * fixed and it scrolls, so findings coming and going never push the page around.
 */
export function FindingsPanel({ headingRef }: { headingRef?: Ref<HTMLHeadingElement> }) {
  const { result, applyFix } = useLiveAnalysis();
  const findings = [...result.errors, ...result.warnings, ...result.infos];
  return (
    <section aria-labelledby="findings-heading" className="space-y-2">
      <h2 id="findings-heading" ref={headingRef} tabIndex={-1} className="text-base font-semibold focus:outline-none">
        Compatibility check
      </h2>
      <div role="region" aria-live="polite" aria-label="Findings" className="h-80 space-y-2 overflow-y-auto pr-1">
        <p className="text-sm font-medium" data-testid="finding-summary">
          {result.errors.length} errors · {result.warnings.length} warnings · {result.infos.length} tips
        </p>
        {findings.length === 0 ? <p className="text-sm text-emerald-700 dark:text-emerald-400">Nothing to report: this registration is consistent.</p> : null}
        <FindingList findings={findings} onFix={applyFix} />
      </div>
    </section>
  );
}
