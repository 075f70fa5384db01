import { handleJwks } from '@/lib/keys';

export const dynamic = 'force-dynamic';

export function GET(): Promise<Response> {
  return handleJwks();
}
