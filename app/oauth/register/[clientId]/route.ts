import { handleClientConfiguration } from '@/lib/registration/http/handlers';
import { registrationRuntime } from '@/lib/registration/runtime-deps';
import { requestIp } from '@/lib/server/request-ip';

export const dynamic = 'force-dynamic';

async function handle(request: Request, { params }: { params: Promise<{ clientId: string }> }): Promise<Response> {
  const { clientId } = await params;
  return handleClientConfiguration(await registrationRuntime(), request, clientId, { ip: requestIp(request) });
}

export { handle as GET, handle as PUT, handle as DELETE, handle as POST, handle as PATCH };
