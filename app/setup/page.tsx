import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { FirstAdminForm } from '@/components/auth/first-admin-form';
import { CardPage } from '@/components/ui/card-page';
import { getDb } from '@/lib/db/client';
import { adminExists } from '@/lib/users/service';

export const metadata: Metadata = { title: 'Create the first admin' };
export const dynamic = 'force-dynamic';

export default async function SetupPage() {
  // Closed for good once any admin exists.
  if (await adminExists(await getDb())) redirect('/signin');
  return (
    <CardPage title="Create the first admin">
      <p className="text-sm text-slate-600 dark:text-slate-400">
        This registry has no administrator yet. The account you create here manages clients, users and registration policy.
      </p>
      <FirstAdminForm />
    </CardPage>
  );
}
