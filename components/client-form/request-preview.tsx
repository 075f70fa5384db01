'use client';

import { useDeferredValue, useMemo } from 'react';
import { expectedResponse, registrationRequest } from '@/lib/console/new-client/preview';
import { CopyButton } from '../ui/copy-button';
import { useLiveAnalysis } from './live-analysis';

function CodeBlock({ title, text }: { title: string; text: string }) {
  return (
    <div className="space-y-1">
      <div className="flex items-center justify-between">
        <h3 className="text-sm font-medium">{title}</h3>
        <CopyButton value={text} label={`Copy ${title.toLowerCase()}`} />
      </div>
      <pre className="max-h-72 overflow-auto rounded-md bg-slate-900 p-3 text-xs text-slate-100" tabIndex={0} aria-label={title}>
        {text}
      </pre>
    </div>
  );
}

/** The same registration as a program would send it to the API, and what the server would answer. */
export function RequestPreview({ issuer }: { issuer: string }) {
  const { metadata, result } = useLiveAnalysis();
  const deferredMetadata = useDeferredValue(metadata);
  const deferredNormalized = useDeferredValue(result.normalized);
  const request = useMemo(() => registrationRequest(issuer, deferredMetadata), [issuer, deferredMetadata]);
  const response = useMemo(() => JSON.stringify(expectedResponse(issuer, deferredNormalized), null, 2), [issuer, deferredNormalized]);
  return (
    <section aria-labelledby="preview-heading" className="space-y-3">
      <h2 id="preview-heading" className="text-base font-semibold">
        As an API call (RFC 7591)
      </h2>
      <CodeBlock title="Registration request" text={request} />
      <CodeBlock title="Expected response" text={response} />
    </section>
  );
}
