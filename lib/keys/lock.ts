import type { Db } from '../db/client';
import type { Prisma } from '../db/generated/client';

const SIGNING_KEYS_LOCK = 7_640;

/**
 * Creation and rotation run under one advisory lock, so instances starting together, or a rotation
 * from the CLI during a start, never each add a key for the same algorithm.
 */
export function withSigningKeyLock<T>(db: Db, run: (tx: Prisma.TransactionClient) => Promise<T>): Promise<T> {
  return db.$transaction(
    async (tx) => {
      await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(${SIGNING_KEYS_LOCK})`);
      return run(tx);
    },
    // Several instances may queue here at once, and the embedded database serves one connection.
    { maxWait: 15_000, timeout: 15_000 },
  );
}
