import { handleLogout } from '@/lib/oauth/logout';
import { tokenRuntime } from '@/lib/oauth/token/runtime';

export const dynamic = 'force-dynamic';

// The end_session_endpoint: RP-Initiated Logout §2 has the OP accept both GET and POST here,
// which only a route handler can do, so the pages live in the segments below.
async function handle(request: Request): Promise<Response> {
  return handleLogout(await tokenRuntime(), request);
}

export { handle as GET, handle as POST };
