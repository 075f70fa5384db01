import { handleDiscovery } from '@/lib/oauth/discovery-handler';

export const dynamic = 'force-dynamic';

export function GET(): Promise<Response> {
  return handleDiscovery();
}
