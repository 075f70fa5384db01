import type { Metadata } from 'next';
import { PageHeader } from '@/components/console/page-header';
import { UserRowActions } from '@/components/admin/user-row-actions';
import { CreateUserForm } from '@/components/users/create-user-form';
import { requirePageUser } from '@/lib/auth/guard';
import { getDb } from '@/lib/db/client';
import { listUsers } from '@/lib/users/service';

export const metadata: Metadata = { title: 'Users' };

export default async function UsersPage() {
  const admin = await requirePageUser(['admin'], '/console/users');
  const users = await listUsers(await getDb());
  return (
    <>
      <PageHeader title="Users" description="People who sign in: admins manage everything, developers register their own apps, users sign in to apps. A disabled user cannot sign in; there is always at least one active admin." />
      <section className="mb-8 rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900">
        <h2 className="mb-4 text-base font-semibold">Add a user</h2>
        <CreateUserForm />
      </section>
      <div className="overflow-x-auto">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Users</caption>
          <thead className="text-xs uppercase text-slate-500">
            <tr>
              <th className="py-2">Email</th>
              <th className="py-2">Role</th>
              <th className="py-2">Status</th>
              <th className="py-2">Created</th>
              <th className="py-2">Manage</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-200 dark:divide-slate-800">
            {users.map((user) => (
              <tr key={user.id}>
                <td className="py-2">{user.email}</td>
                <td className="py-2">{user.role}</td>
                <td className="py-2">{user.disabled ? 'disabled' : 'active'}</td>
                <td className="py-2">{user.createdAt.toISOString().slice(0, 10)}</td>
                <td className="py-2">
                  <UserRowActions user={user} isSelf={user.id === admin.id} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
