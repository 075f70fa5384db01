import { handleDeviceAuthorization } from '@/lib/oauth/device/authorization-endpoint';
import { tokenRuntime } from '@/lib/oauth/token/runtime';

export const dynamic = 'force-dynamic';

async function handle(request: Request): Promise<Response> {
  return handleDeviceAuthorization(await tokenRuntime(), request);
}

// Every method reaches the handler, which answers anything but POST with 405 as the token endpoint does.
export { handle as POST, handle as GET, handle as PUT, handle as DELETE };
