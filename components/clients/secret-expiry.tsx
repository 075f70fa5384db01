import type { ClientRecord } from '@/lib/registration/service';

function Moment({ at }: { at: Date }) {
  return <time dateTime={at.toISOString()}>{at.toUTCString()}</time>;
}

/** When the current secret stops working, and until when the one it replaced is still accepted. */
export function SecretExpiry({ client, now = new Date() }: { client: Pick<ClientRecord, 'secretExpiresAt' | 'previousSecretExpiresAt'>; now?: Date }) {
  const { secretExpiresAt: expires, previousSecretExpiresAt: graceEnds } = client;
  return (
    <div className="space-y-1 text-sm" data-testid="secret-expiry">
      {expires === null ? (
        <p>The current secret does not expire.</p>
      ) : expires > now ? (
        <p>
          The current secret expires <Moment at={expires} />.
        </p>
      ) : (
        <p className="font-medium text-red-700 dark:text-red-300">
          The current secret expired <Moment at={expires} />: rotate it to issue a working one.
        </p>
      )}
      {graceEnds && graceEnds > now ? (
        <p>
          The previous secret works until <Moment at={graceEnds} />.
        </p>
      ) : null}
    </div>
  );
}
