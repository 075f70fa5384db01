import type { z } from 'zod';
import { getDb, type Db } from '../db/client';
import type { PublicUser } from '../users/service';
import type { Role } from '../users/schema';
import { currentUser, hasRole } from './guard';

export type ActionResult<T> =
  | { ok: true; data: T }
  | { ok: false; error: string; fieldErrors?: Record<string, string> };

/** An expected failure whose message is safe to show; anything else is logged and hidden. */
export class ActionError extends Error {
  override name = 'ActionError';
  constructor(
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

/** The first message for each field, keyed by its dotted path, for the form to show beside it. */
export function invalidInput(error: z.ZodError): ActionResult<never> {
  const fieldErrors: Record<string, string> = {};
  for (const issue of error.issues) fieldErrors[issue.path.join('.')] ??= issue.message;
  return { ok: false, error: 'Some fields need attention.', fieldErrors };
}

interface ActionContext {
  user: PublicUser;
  db: Db;
}

/**
 * Every server action is built here: it authenticates, checks the role, validates the input with
 * zod, and turns errors into typed results. The browser's claims are never trusted.
 */
export function guardedAction<S extends z.ZodType, T>(
  options: { roles: readonly Role[]; schema: S; expected?: Array<new (...args: never[]) => Error & { field?: string }> },
  handler: (input: z.output<S>, context: ActionContext) => Promise<T>,
): (input: z.input<S>) => Promise<ActionResult<T>> {
  return async (input) => {
    const user = await currentUser();
    if (!user) return { ok: false, error: 'Your session has ended. Sign in again.' };
    if (!hasRole(user, options.roles)) return { ok: false, error: 'You are not allowed to do this.' };
    const parsed = options.schema.safeParse(input);
    if (!parsed.success) return invalidInput(parsed.error);
    try {
      return { ok: true, data: await handler(parsed.data, { user, db: await getDb() }) };
    } catch (error) {
      const expected = [ActionError, ...(options.expected ?? [])].some((kind) => error instanceof kind);
      if (expected) {
        const { message, field } = error as Error & { field?: string };
        return { ok: false, error: message, fieldErrors: field ? { [field]: message } : undefined };
      }
      console.error('server action failed:', error instanceof Error ? error.message : error);
      return { ok: false, error: 'Something went wrong. Try again.' };
    }
  };
}
