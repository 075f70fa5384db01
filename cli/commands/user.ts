import type { Db } from '../../lib/db/client';
import { createUser, listUsers, UserError } from '../../lib/users/service';
import { roles } from '../../lib/users/schema';
import { report, requireOption, UsageError, type CliIo } from '../io';

const cliActor = { type: 'system', label: 'cli' } as const;

export async function userCreate(db: Db, options: Record<string, string | undefined>, json: boolean, io: CliIo): Promise<void> {
  const role = requireOption('role', options.role);
  if (!(roles as readonly string[]).includes(role)) throw new UsageError(`--role must be one of ${roles.join(', ')}`);
  try {
    const user = await createUser(
      db,
      { email: requireOption('email', options.email), password: requireOption('password', options.password), role, name: options.name },
      cliActor,
    );
    report(io, json, { id: user.id, email: user.email, role: user.role }, [`created ${user.role} ${user.email} (${user.id})`]);
  } catch (error) {
    if (error instanceof UserError) throw new UsageError(error.field ? `--${error.field}: ${error.message}` : error.message);
    throw error;
  }
}

export async function userList(db: Db, json: boolean, io: CliIo): Promise<void> {
  const users = await listUsers(db);
  const rows = users.map((user) => `${user.email}\t${user.role}${user.disabled ? '\tdisabled' : ''}\t${user.id}`);
  report(io, json, { users: users.map(({ id, email, role, disabled }) => ({ id, email, role, disabled })) }, rows.length ? rows : ['no users']);
}
