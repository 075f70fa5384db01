import { currentSignIn } from '@/lib/auth/guard';
import { handleAuthorize } from '@/lib/oauth/authorize/endpoint';
import { tokenRuntime } from '@/lib/oauth/token/runtime';

export const dynamic = 'force-dynamic';

async function handle(request: Request): Promise<Response> {
  return handleAuthorize(await tokenRuntime(), request, await currentSignIn());
}

export { handle as GET, handle as POST };
