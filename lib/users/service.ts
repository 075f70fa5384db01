import { hashPassword } from '../auth/password';
import { recordAudit, systemActor, type Actor } from '../audit/record';
import type { Db } from '../db/client';
import type { Prisma } from '../db/generated/client';
import { isUniqueViolation } from '../db/errors';
import { newUserSchema, type NewUser, type Role } from './schema';

export class UserError extends Error {
  override name = 'UserError';
  constructor(
    message: string,
    readonly field?: keyof NewUser,
  ) {
    super(message);
  }
}

export const publicUserFields = {
  id: true,
  email: true,
  name: true,
  role: true,
  disabled: true,
  createdAt: true,
} as const;

export interface PublicUser {
  id: string;
  email: string;
  name: string | null;
  role: Role;
  disabled: boolean;
  createdAt: Date;
}

function parseNewUser(input: unknown): NewUser {
  const parsed = newUserSchema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new UserError(issue?.message ?? 'Invalid user', issue?.path[0] as keyof NewUser | undefined);
}

/**
 * `alsoInTransaction` lets a caller record more about the new account (how it came to be) in the
 * same transaction, so there is never an account without its full history.
 */
export async function createUser(
  db: Db,
  input: unknown,
  actor: Actor,
  alsoInTransaction?: (tx: Prisma.TransactionClient, user: PublicUser) => Promise<void>,
): Promise<PublicUser> {
  const { email, password, role, name } = parseNewUser(input);
  const passwordHash = await hashPassword(password);
  try {
    return await db.$transaction(async (tx) => {
      const user = await tx.user.create({ data: { email, passwordHash, role, name }, select: publicUserFields });
      await recordAudit(tx, actor, { action: 'user.created', target: { type: 'user', id: user.id }, after: { email, role } });
      await alsoInTransaction?.(tx, user);
      return user;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new UserError('A user with this email already exists', 'email');
    throw error;
  }
}

export function listUsers(db: Db): Promise<PublicUser[]> {
  return db.user.findMany({ select: publicUserFields, orderBy: { createdAt: 'asc' } });
}

export async function adminExists(db: Db): Promise<boolean> {
  return (await db.user.count({ where: { role: 'admin' } })) > 0;
}

// Any constant works; it only has to be the same in every process that creates the first admin.
const FIRST_ADMIN_LOCK = 7_591;

/**
 * Creates the first admin, or returns null when an admin already exists. The advisory lock makes
 * two simultaneous attempts (two tabs, two instances) create at most one.
 */
export async function createFirstAdmin(db: Db, input: { email: string; password: string }, actor: Actor = systemActor): Promise<PublicUser | null> {
  const { email, password } = parseNewUser({ ...input, role: 'admin' });
  const passwordHash = await hashPassword(password);
  return db.$transaction(async (tx) => {
    await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(${FIRST_ADMIN_LOCK})`);
    if ((await tx.user.count({ where: { role: 'admin' } })) > 0) return null;
    const existing = await tx.user.findUnique({ where: { email }, select: { id: true } });
    const user = existing
      ? await tx.user.update({ where: { email }, data: { role: 'admin', passwordHash, disabled: false }, select: publicUserFields })
      : await tx.user.create({ data: { email, passwordHash, role: 'admin' }, select: publicUserFields });
    await recordAudit(tx, actor, { action: 'user.first_admin_created', target: { type: 'user', id: user.id }, after: { email } });
    return user;
  });
}
