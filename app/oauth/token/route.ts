import { handleToken } from '@/lib/oauth/token/token-endpoint';
import { tokenRuntime } from '@/lib/oauth/token/runtime';

export const dynamic = 'force-dynamic';

async function handle(request: Request): Promise<Response> {
  return handleToken(await tokenRuntime(), request);
}

export { handle as POST, handle as GET, handle as PUT, handle as DELETE };
