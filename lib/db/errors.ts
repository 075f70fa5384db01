import { Prisma } from './generated/client';

/** A unique constraint refused the write (Prisma P2002): the caller turns it into its own message. */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';
}
