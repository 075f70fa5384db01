'use client';

import { useMemo, useState } from 'react';
import { analyze, presets, type Finding } from '@/lib/metadata';
import { FindingList } from './finding-list';

function parse(text: string): { value: unknown; error: string | null } {
  try {
    return { value: JSON.parse(text), error: null };
  } catch (error) {
    return { value: undefined, error: (error as Error).message };
  }
}

const initial = JSON.stringify({ ...presets[0]!.metadata(), token_endpoint_auth_method: 'client_secret_post' }, null, 2);

/**
 * Paste client metadata and see, as you type, what the registration endpoint would say: the same
 * rulebook runs here in the browser and on the server.
 */
export function MetadataChecker() {
  const [text, setText] = useState(initial);
  const parsed = useMemo(() => parse(text), [text]);
  const result = useMemo(() => (parsed.error ? null : analyze(parsed.value)), [parsed]);
  const findings: Finding[] = result ? [...result.errors, ...result.warnings, ...result.infos] : [];

  const applyFix = (finding: Finding) => {
    if (!finding.fix || parsed.error) return;
    setText(JSON.stringify(finding.fix.apply(structuredClone(parsed.value as Record<string, unknown>)), null, 2));
  };

  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <div className="space-y-1">
        <label htmlFor="metadata-json" className="block text-sm font-medium">
          Client metadata (JSON)
        </label>
        <textarea
          id="metadata-json"
          value={text}
          onChange={(event) => setText(event.target.value)}
          spellCheck={false}
          rows={18}
          className="block w-full rounded-md border border-slate-300 bg-white p-3 font-mono text-xs dark:border-slate-700 dark:bg-slate-900"
        />
      </div>
      <section aria-live="polite" aria-label="Findings" className="min-h-24 space-y-2">
        {parsed.error ? (
          <p className="text-sm text-red-600 dark:text-red-400">Not valid JSON: {parsed.error}</p>
        ) : (
          <>
            <p className="text-sm font-medium" data-testid="finding-summary">
              {result!.errors.length} errors · {result!.warnings.length} warnings · {result!.infos.length} tips
            </p>
            <FindingList findings={findings} onFix={applyFix} />
          </>
        )}
      </section>
    </div>
  );
}
