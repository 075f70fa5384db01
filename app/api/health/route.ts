import { healthHandler } from '@/lib/server/health';

export const dynamic = 'force-dynamic';

export function GET(): Promise<Response> {
  return healthHandler();
}
