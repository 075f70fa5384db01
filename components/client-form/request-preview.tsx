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
export function RequestPreview({ issuer, clientId }: { issuer: string; /** Set when editing an existing client. */ clientId?: string }) {
  const { metadata, result } = useLiveAnalysis();
  const deferredMetadata = useDeferredValue(metadata);
  const deferredNormalized = useDeferredValue(result.normalized);
  const request = useMemo(() => registrationRequest(issuer, deferredMetadata, clientId), [issuer, deferredMetadata, clientId]);
  const response = useMemo(() => JSON.stringify(expectedResponse(issuer, deferredNormalized, clientId), null, 2), [issuer, deferredNormalized, clientId]);
  return (
    <section aria-labelledby="preview-heading" className="space-y-3">
      <h2 id="preview-heading" className="text-base font-semibold">
        As an API call ({clientId === undefined ? 'RFC 7591' : 'RFC 7592'})
      </h2>
      <CodeBlock title={clientId === undefined ? 'Registration request' : 'Update request'} text={request} />
      <CodeBlock title="Expected response" text={response} />
    </section>
  );
}
