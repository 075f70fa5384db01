import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';

export interface LocalServer {
  port: number;
  /** Base URL on 127.0.0.1, without trailing slash. */
  origin: string;
  requests: http.IncomingMessage[];
  close(): Promise<void>;
}

/** A real server on the loopback interface for exercising safeFetch over actual sockets. */
export async function listenLocal(handler: http.RequestListener, tls?: https.ServerOptions): Promise<LocalServer> {
  const requests: http.IncomingMessage[] = [];
  const record: http.RequestListener = (request, response) => {
    requests.push(request);
    handler(request, response);
  };
  const server = tls ? https.createServer(tls, record) : http.createServer(record);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    origin: `${tls ? 'https' : 'http'}://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
