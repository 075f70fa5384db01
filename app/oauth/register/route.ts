import { handleRegistration } from '@/lib/registration/http/handlers';
import { registrationRuntime } from '@/lib/registration/runtime-deps';
import { requestIp } from '@/lib/server/request-ip';

export const dynamic = 'force-dynamic';

async function handle(request: Request): Promise<Response> {
  return handleRegistration(await registrationRuntime(), request, { ip: requestIp(request) });
}

export { handle as POST, handle as GET, handle as PUT, handle as DELETE, handle as PATCH };
