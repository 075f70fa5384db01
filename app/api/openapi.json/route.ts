import { readConfig } from '@/lib/config';
import { registrationOpenApi } from '@/lib/registration/openapi';

export const dynamic = 'force-dynamic';

export function GET(): Response {
  return Response.json(registrationOpenApi(readConfig().APP_URL), { headers: { 'cache-control': 'public, max-age=300' } });
}
