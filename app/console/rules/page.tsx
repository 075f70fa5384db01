import type { Metadata } from 'next';
import { PageHeader } from '@/components/console/page-header';
import { MetadataChecker } from '@/components/metadata/metadata-checker';
import { requirePageUser } from '@/lib/auth/guard';
import { ruleGroups } from '@/lib/metadata';

export const metadata: Metadata = { title: 'Rule reference' };

export default async function RulesPage() {
  await requirePageUser(['admin', 'developer'], '/console/rules');
  return (
    <>
      <PageHeader
        title="Rule reference"
        description="Every compatibility rule the registry applies, in the console, the registration API and the CLI alike. Errors block a registration, warnings advise, tips teach."
      />
      <section className="mb-10 space-y-3">
        <h2 className="text-lg font-semibold">Try it</h2>
        <MetadataChecker />
      </section>
      {ruleGroups.map((group) => (
        <section key={group.title} className="mb-8">
          <h2 className="mb-2 text-lg font-semibold">{group.title}</h2>
          <div className="overflow-x-auto">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">{group.title}</caption>
              <thead className="text-xs uppercase text-slate-500">
                <tr>
                  <th className="py-1 pr-4">Rule</th>
                  <th className="py-1 pr-4">Severity</th>
                  <th className="py-1 pr-4">What it checks</th>
                  <th className="py-1 pr-4">Spec</th>
                  <th className="py-1">Fix</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-200 dark:divide-slate-800">
                {group.rules.map((rule) => (
                  <tr key={rule.id} id={rule.id} className="align-top target:bg-amber-50 dark:target:bg-amber-950">
                    <td className="py-2 pr-4">
                      <code>{rule.id}</code>
                    </td>
                    <td className="py-2 pr-4">{rule.severity}</td>
                    <td className="py-2 pr-4">{rule.summary}</td>
                    <td className="py-2 pr-4">
                      <a className="underline" href={rule.spec.url} target="_blank" rel="noreferrer">
                        {rule.spec.clause}
                      </a>
                    </td>
                    <td className="py-2">{rule.fix?.label ?? '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ))}
    </>
  );
}
