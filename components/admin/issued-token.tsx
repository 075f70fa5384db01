import { Alert } from '../ui/alert';
import { CopyButton } from '../ui/copy-button';

/** A freshly created bearer token: only its hash is stored, so this is the one chance to copy it. */
export function IssuedToken({ token, onDismiss }: { token: string; onDismiss: () => void }) {
  return (
    <section aria-label="New initial access token" className="space-y-3 rounded-lg border border-amber-300 bg-amber-50 p-4 dark:border-amber-800 dark:bg-amber-950">
      <Alert tone="info">Copy this token now: you will not see this again.</Alert>
      <div className="flex flex-wrap items-center gap-2">
        <input
          readOnly
          aria-label="Initial access token"
          value={token}
          onFocus={(event) => event.currentTarget.select()}
          className="min-w-0 flex-1 rounded-md border border-slate-300 bg-white px-3 py-2 font-mono text-sm dark:border-slate-700 dark:bg-slate-900"
        />
        <CopyButton value={token} />
      </div>
      <button type="button" className="text-sm text-slate-600 underline dark:text-slate-400" onClick={onDismiss}>
        I have copied it
      </button>
    </section>
  );
}
