import { Section } from '@/components/clients/section';
import { CopyButton } from '@/components/ui/copy-button';
import type { Prisma } from '@/lib/db/generated/client';
import { tryItCommands, type TryItClient } from '@/lib/console/try-it';
import { storedMetadata } from '@/lib/registration/client-record';

type ClientColumns = Omit<TryItClient, 'signingAlg'> & { metadata: Prisma.JsonValue };

/** Commands to exercise each of the client's flows against this server, each with its own copy button. */
export function TryIt({ client, issuer }: { client: ClientColumns; issuer: string }) {
  const signingAlg = storedMetadata(client).token_endpoint_auth_signing_alg ?? null;
  const sections = tryItCommands({ ...client, signingAlg }, issuer);
  return (
    <Section title="Try it" description="Commands for this client's flows. Secrets are never shown: the commands ask for them.">
      {sections.length === 0 ? (
        <p className="text-sm">No flow this client is registered for can be tried from a shell.</p>
      ) : (
        <div className="space-y-5">
          {sections.map((section) => (
            <div key={section.flow} className="space-y-3">
              <h3 className="font-medium">{section.title}</h3>
              {section.blocks.map((block) => (
                <figure key={block.title} className="space-y-1">
                  <figcaption className="flex items-center justify-between gap-2 text-sm">
                    <span>{block.title}</span>
                    <CopyButton value={block.code} label={`Copy: ${section.title}, ${block.title}`} />
                  </figcaption>
                  <pre
                    tabIndex={0}
                    data-testid={`try-it-${section.flow}`}
                    className="overflow-x-auto rounded bg-slate-100 p-3 text-xs dark:bg-slate-950"
                  >
                    <code>{block.code}</code>
                  </pre>
                  {block.note ? <p className="text-xs text-slate-600 [overflow-wrap:anywhere] dark:text-slate-400">{block.note}</p> : null}
                </figure>
              ))}
            </div>
          ))}
        </div>
      )}
    </Section>
  );
}
