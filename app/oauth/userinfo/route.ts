import { handleUserinfo } from '@/lib/oauth/userinfo';
import { tokenRuntime } from '@/lib/oauth/token/runtime';

export const dynamic = 'force-dynamic';

async function handle(request: Request): Promise<Response> {
  return handleUserinfo(await tokenRuntime(), request);
}

export { handle as GET, handle as POST };
