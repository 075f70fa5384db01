import { getDb } from '../db/client';

const TIMEOUT_MS = 3000;

/** GET /api/health: 200 once the database answers a query, 503 with the reason otherwise. */
export async function healthHandler(): Promise<Response> {
  const headers = { 'cache-control': 'no-store' };
  try {
    const check = (async () => {
      const db = await getDb();
      await db.$queryRawUnsafe('SELECT 1');
    })();
    const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error('database did not answer in time')), TIMEOUT_MS).unref());
    await Promise.race([check, timeout]);
    return Response.json({ status: 'ok' }, { headers });
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : 'database unavailable';
    return Response.json({ status: 'unavailable', reason }, { status: 503, headers });
  }
}
