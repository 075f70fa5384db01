import http from 'node:http';
import next from 'next';
import { closeDatabase } from './lib/db/client';
import { flushTokenIssuanceCounts } from './lib/stats/token-issuance';
import { toWebRequest, writeWebResponse } from './lib/server/node-bridge';
import { prepareApp } from './lib/server/prepare';
import { matchProtocolRoute } from './lib/server/protocol-routes';

const dev = process.argv.includes('--dev');
const log = (line: string) => console.log(`[registry] ${line}`);

async function main(): Promise<void> {
  process.env.NEXT_TELEMETRY_DISABLED = '1';
  const { config } = await prepareApp(log);
  const app = next({ dev, dir: __dirname, hostname: '0.0.0.0', port: config.PORT });
  await app.prepare();
  const handle = app.getRequestHandler();
  const origin = new URL(config.APP_URL).origin;
  const server = http.createServer((req, res) => {
    const pathname = (req.url ?? '/').split('?')[0]!;
    const protocol = matchProtocolRoute(pathname);
    const work = protocol
      ? Promise.resolve()
          .then(() => protocol(toWebRequest(req, origin), { ip: req.socket.remoteAddress ?? null }))
          .then((response) => writeWebResponse(res, response))
      : handle(req, res);
    work.catch((error: unknown) => {
      console.error('request failed:', error instanceof Error ? error.message : error);
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end('Internal error');
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.PORT, () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.PORT;
  log(`ready on http://localhost:${port} (issuer ${config.APP_URL})`);

  const shutdown = (signal: string) => {
    log(`${signal}: shutting down`);
    server.close();
    server.closeAllConnections();
    // Token counts are batched in memory; write the last few seconds before the database closes.
    flushTokenIssuanceCounts()
      .catch(() => {})
      .then(() => closeDatabase())
      .catch(() => {})
      .finally(() => process.exit(0));
  };
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.once('SIGTERM', () => shutdown('SIGTERM'));
}

main().catch(async (error: unknown) => {
  // One line that says what failed; the stack helps nobody who mistyped DATABASE_URL.
  console.error(`[registry] cannot start: ${error instanceof Error ? error.message : String(error)}`);
  await closeDatabase().catch(() => {});
  process.exit(1);
});
