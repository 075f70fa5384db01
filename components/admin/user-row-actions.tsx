'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { changeUserRoleAction, setUserDisabledAction } from '@/app/console/users/actions';
import type { ActionResult } from '@/lib/auth/action';
import { roles, type Role } from '@/lib/users/schema';
import { Alert } from '../ui/alert';
import { Button } from '../ui/button';

interface UserRowActionsProps {
  user: { id: string; email: string; role: Role; disabled: boolean };
  /** The signed-in admin's own row: the server refuses self-demotion anyway, the page just says so up front. */
  isSelf: boolean;
}

export function UserRowActions({ user, isSelf }: UserRowActionsProps) {
  const router = useRouter();
  const [role, setRole] = useState<Role>(user.role);
  const [outcome, setOutcome] = useState<{ tone: 'error' | 'success'; text: string } | null>(null);
  const [pending, startTransition] = useTransition();

  const run = (action: () => Promise<ActionResult<unknown>>, success: string) =>
    startTransition(async () => {
      setOutcome(null);
      const result = await action();
      if (!result.ok) return setOutcome({ tone: 'error', text: result.error });
      setOutcome({ tone: 'success', text: success });
      router.refresh();
    });

  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-center gap-2">
        {/* Named without the email, which would leak into the row's other cell names, and without "role",
            so the create form's Role field stays the only control of that name on the page. */}
        <select
          aria-label="Permission level"
          value={role}
          onChange={(event) => setRole(event.target.value as Role)}
          className="rounded-md border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-700 dark:bg-slate-900"
        >
          {roles.map((item) => (
            <option key={item} value={item}>
              {item}
            </option>
          ))}
        </select>
        <Button
          type="button"
          variant="secondary"
          className="px-2 py-1"
          disabled={pending || role === user.role}
          onClick={() => run(() => changeUserRoleAction({ userId: user.id, role }), `${user.email} is now ${role}.`)}
        >
          Change role
        </Button>
        {user.disabled ? (
          <Button type="button" variant="secondary" className="px-2 py-1" disabled={pending} onClick={() => run(() => setUserDisabledAction({ userId: user.id, disabled: false }), `${user.email} is enabled.`)}>
            Enable
          </Button>
        ) : (
          <Button
            type="button"
            variant="danger"
            className="px-2 py-1"
            disabled={pending}
            title={isSelf ? 'You cannot disable your own account' : undefined}
            onClick={() => run(() => setUserDisabledAction({ userId: user.id, disabled: true }), `${user.email} is disabled and can no longer sign in.`)}
          >
            Disable
          </Button>
        )}
      </div>
      {outcome ? <Alert tone={outcome.tone}>{outcome.text}</Alert> : null}
    </div>
  );
}
