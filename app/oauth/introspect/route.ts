import { handleIntrospection } from '@/lib/oauth/token/introspection-endpoint';
import { tokenRuntime } from '@/lib/oauth/token/runtime';

export const dynamic = 'force-dynamic';

async function handle(request: Request): Promise<Response> {
  return handleIntrospection(await tokenRuntime(), request);
}

export { handle as POST, handle as GET, handle as PUT, handle as DELETE };
