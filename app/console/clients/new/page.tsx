import type { Metadata } from 'next';
import Link from 'next/link';
import { NewClientWizard } from '@/components/client-form/new-client-wizard';
import { PageHeader } from '@/components/console/page-header';
import { requirePageUser } from '@/lib/auth/guard';
import { readConfig } from '@/lib/config';
import { getDb } from '@/lib/db/client';
import { analyzeContextFor, effectiveKindPolicy } from '@/lib/registration/policy';
import { loadRegistrationPolicy } from '@/lib/registration/settings-store';

export const metadata: Metadata = { title: 'Register a client' };

export default async function NewClientPage() {
  const user = await requirePageUser(['admin', 'developer'], '/console/clients/new');
  const kind = user.role === 'admin' ? 'admin' : 'developer';
  // The browser checks with the very context the registration service will apply to this user,
  // so what the form accepts is what the server accepts.
  const settings = await loadRegistrationPolicy(await getDb());
  const context = analyzeContextFor(kind, effectiveKindPolicy(settings, kind));
  return (
    <>
      <PageHeader
        title="Register a client"
        description="Pick what you are building, adjust the details, and watch every choice checked against the same rules the registration API applies."
        actions={
          <Link href="/console/clients" className="text-sm underline">
            Back to clients
          </Link>
        }
      />
      <NewClientWizard context={context} issuer={readConfig().APP_URL} registrant={kind} />
    </>
  );
}
