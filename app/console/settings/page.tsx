import type { Metadata } from 'next';
import { PageHeader } from '@/components/console/page-header';
import { requirePageUser } from '@/lib/auth/guard';
import { readConfig } from '@/lib/config';

export const metadata: Metadata = { title: 'Settings' };

export default async function SettingsPage() {
  await requirePageUser(['admin'], '/console/settings');
  const config = readConfig();
  return (
    <>
      <PageHeader title="Settings" description="How this registry accepts registrations and issues tokens." />
      <dl className="grid max-w-xl grid-cols-[auto_1fr] gap-x-6 gap-y-2 text-sm">
        <dt className="font-medium">Issuer</dt>
        <dd>
          <code>{config.APP_URL}</code>
        </dd>
        <dt className="font-medium">Registration mode</dt>
        <dd>
          <code>{config.REGISTRATION_MODE}</code> (set by <code>REGISTRATION_MODE</code>)
        </dd>
        <dt className="font-medium">Database</dt>
        <dd>{config.DATABASE_URL ? 'PostgreSQL from DATABASE_URL' : `embedded, in ${config.DATA_DIR}`}</dd>
      </dl>
    </>
  );
}
