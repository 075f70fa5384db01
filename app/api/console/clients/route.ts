import { NextResponse, type NextRequest } from 'next/server';
import { currentUser, hasRole } from '@/lib/auth/guard';
import { clientListQuerySchema } from '@/lib/console/client-list-query';
import { listClients } from '@/lib/console/client-list';
import { InvalidCursorError } from '@/lib/console/cursor';
import { getDb } from '@/lib/db/client';

export const dynamic = 'force-dynamic';

// Lists differ per user and may name other people's clients: never stored by a cache.
const privateHeaders = { 'cache-control': 'no-store' };

function problem(status: number, error: string) {
  return NextResponse.json({ error }, { status, headers: privateHeaders });
}

/** The console's clients list. Whose clients come back is decided from the session, never the URL. */
export async function GET(request: NextRequest): Promise<Response> {
  const user = await currentUser();
  if (!user) return problem(401, 'Your session has ended. Sign in again.');
  if (!hasRole(user, ['admin', 'developer'])) return problem(403, 'You are not allowed to do this.');
  const parsed = clientListQuerySchema.safeParse(Object.fromEntries(request.nextUrl.searchParams));
  if (!parsed.success) return problem(400, parsed.error.issues[0]?.message ?? 'Invalid query');
  try {
    const page = await listClients(await getDb(), user, parsed.data);
    return NextResponse.json(page, { headers: privateHeaders });
  } catch (error) {
    if (error instanceof InvalidCursorError) return problem(400, error.message);
    throw error;
  }
}
