'use client';

import { Button } from '../ui/button';
import { CopyButton } from '../ui/copy-button';

/** The RFC 7591 client information document, as a developer would paste it into their app's config. */
export function MetadataJson({ clientId, information }: { clientId: string; information: Record<string, unknown> }) {
  const text = JSON.stringify(information, null, 2);
  const download = () => {
    const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `client-${clientId}.json`;
    link.click();
    // Released on the next tick: the click has started the download by then.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  };
  return (
    <div className="space-y-2">
      <div className="flex gap-2">
        <CopyButton value={text} label="Copy metadata JSON" />
        <Button type="button" variant="secondary" className="!px-2 !py-0.5 text-xs" onClick={download}>
          Download JSON
        </Button>
      </div>
      <pre aria-label="Client metadata JSON" className="max-h-96 overflow-auto rounded-md bg-slate-950 p-3 text-xs text-slate-100">
        {text}
      </pre>
    </div>
  );
}
