'use client';

import Link from 'next/link';
import { useEffect, useRef, useState } from 'react';
import { saveClientSettingsAction } from '@/app/console/clients/[clientId]/actions';
import { useRefreshAfterChange } from '@/components/clients/use-client-mutation-refresh';
import { FindingList } from '@/components/metadata/finding-list';
import { Button } from '@/components/ui/button';
import { ShownOnce } from '@/components/ui/shown-once';
import { changedFields } from '@/lib/console/changed-fields';
import type { EditConflict, SavedClient } from '@/lib/console/new-client/outcome';
import { analyze, type AnalyzeContext, type MetadataDraft } from '@/lib/metadata';
import { ClientForm, type ClientFormSubmitOutcome, type ClientFormWording } from './client-form';

const editWording: ClientFormWording = {
  form: 'Client settings',
  basicsHeading: 'The client',
  submit: 'Save changes',
  submitting: 'Saving…',
  goal: 'save the changes',
  ready: 'Ready to save.',
  refused: 'The server refused the change',
};

interface Loaded {
  version: number;
  metadata: MetadataDraft;
}

const list = (fields: string[]) => (fields.length === 0 ? 'none' : fields.join(', '));

/**
 * Someone saved the client after this editor loaded it. Nothing is merged behind the editor's
 * back: they see what the other person changed (and what both changed) and choose.
 */
function ConflictPanel({ conflict, base, mine, onLoadTheirs, onKeepMine }: { conflict: EditConflict; base: Loaded; mine: MetadataDraft; onLoadTheirs(): void; onKeepMine(): void }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => box.current?.focus(), []);
  const theirs = changedFields(base.metadata, conflict.metadata);
  const ours = changedFields(base.metadata, analyze(mine).normalized as Record<string, unknown>);
  const both = theirs.filter((field) => ours.includes(field));
  const when = conflict.changedAt ? new Date(conflict.changedAt).toLocaleString() : null;
  return (
    <div ref={box} tabIndex={-1} role="alert" className="space-y-3 rounded-md border border-amber-300 bg-amber-50 p-4 text-sm focus:outline-none dark:border-amber-800 dark:bg-amber-950">
      <p className="font-medium">
        {conflict.changedBy ?? 'Someone else'} saved this client{when ? ` at ${when}` : ''} after you opened it. Your changes were not saved.
      </p>
      {theirs.length > 0 ? (
        <p>
          Fields they changed: <span data-testid="conflict-their-fields">{list(theirs)}</span>
        </p>
      ) : (
        <p data-testid="conflict-their-fields">They changed no setting (its status or credentials, perhaps): saving yours over it loses nothing of theirs.</p>
      )}
      {both.length > 0 ? <p>You both changed: {list(both)}.</p> : null}
      <div className="flex flex-wrap gap-2">
        <Button type="button" variant="secondary" onClick={onLoadTheirs}>
          Load their version (discard my edits)
        </Button>
        <Button type="button" variant="secondary" onClick={onKeepMine}>
          Keep my edits, then save over theirs
        </Button>
      </div>
    </div>
  );
}

function SavedPanel({ saved, clientId, onDismissSecret }: { saved: SavedClient; clientId: string; onDismissSecret(): void }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => box.current?.focus(), [saved]);
  const expires = saved.clientSecretExpiresAt ? new Date(saved.clientSecretExpiresAt * 1000).toLocaleString() : 'never';
  return (
    <div ref={box} tabIndex={-1} role="status" className="space-y-3 rounded-md border border-emerald-300 bg-emerald-50 p-4 text-sm text-emerald-900 focus:outline-none dark:border-emerald-800 dark:bg-emerald-950 dark:text-emerald-100">
      <p className="font-medium">
        Saved. The client is now at version {saved.version}.{' '}
        <Link href={`/console/clients/${encodeURIComponent(clientId)}`} className="underline">
          Back to the client
        </Link>
      </p>
      {saved.clientSecret ? (
        <ShownOnce title="The new authentication method needs a client secret" value={saved.clientSecret} copyLabel="Copy client secret" testId="edited-client-secret" onDismiss={onDismissSecret}>
          <p>It expires: {expires}.</p>
        </ShownOnce>
      ) : null}
      {saved.warnings.length > 0 ? (
        <div className="space-y-2 text-slate-900 dark:text-slate-100">
          <p className="font-medium">Saved with warnings</p>
          <FindingList findings={saved.warnings} />
        </div>
      ) : null}
    </div>
  );
}

/**
 * The registration form for an existing client. Every save names the version it started from;
 * the server refuses a save on top of a newer one, and the editor settles the conflict here.
 */
export function EditClientSettings({ clientId, version, metadata, context, issuer }: { clientId: string; version: number; metadata: MetadataDraft; context: AnalyzeContext; issuer: string }) {
  const [base, setBase] = useState<Loaded>({ version, metadata });
  // Bumped to rebuild the form from `base` (after a save, or when loading someone else's version).
  const [formKey, setFormKey] = useState(0);
  const [conflict, setConflict] = useState<{ theirs: EditConflict; mine: MetadataDraft } | null>(null);
  const [saved, setSaved] = useState<SavedClient | null>(null);
  const refresh = useRefreshAfterChange();

  const send = async (draft: MetadataDraft): Promise<ClientFormSubmitOutcome> => {
    setSaved(null);
    setConflict(null);
    const result = await saveClientSettingsAction({ clientId, version: base.version, metadata: draft });
    if (!result.ok) return { status: 'failed', message: result.error };
    const outcome = result.data;
    if (outcome.status === 'rejected') return { status: 'refused', description: outcome.description, findings: outcome.findings };
    if (outcome.status === 'conflict') {
      setConflict({ theirs: outcome, mine: draft });
      return { status: 'handled' };
    }
    setSaved(outcome);
    setBase({ version: outcome.version, metadata: outcome.metadata });
    setFormKey((key) => key + 1);
    refresh();
    return { status: 'handled' };
  };

  return (
    <div className="space-y-6">
      <p className="text-xs text-slate-600 dark:text-slate-400" data-testid="editing-version">
        Editing version {base.version}. Saving replaces the whole registration, as an RFC 7592 update does; the registration access token stays as it is.
      </p>
      {saved ? <SavedPanel saved={saved} clientId={clientId} onDismissSecret={() => setSaved({ ...saved, clientSecret: null })} /> : null}
      {conflict ? (
        <ConflictPanel
          conflict={conflict.theirs}
          base={base}
          mine={conflict.mine}
          onLoadTheirs={() => {
            setBase({ version: conflict.theirs.version, metadata: conflict.theirs.metadata });
            setFormKey((key) => key + 1);
            setConflict(null);
          }}
          onKeepMine={() => {
            // The form keeps the edits; the next save is on top of their version, so it is a deliberate overwrite.
            setBase({ version: conflict.theirs.version, metadata: conflict.theirs.metadata });
            setConflict(null);
          }}
        />
      ) : null}
      <ClientForm key={formKey} initial={base.metadata} context={context} issuer={issuer} wording={editWording} clientId={clientId} send={send} />
    </div>
  );
}
