import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { SafeFetchError, networkError } from './errors';
import { USER_AGENT } from './options';
import type { PinnedTarget } from './target';

export interface Exchange {
  request: http.ClientRequest;
  response: http.IncomingMessage;
}

/**
 * Connects to the pre-validated addresses only. The request still names the original host, so
 * Host, SNI and certificate verification all apply to the host name, not to the IP.
 */
export function send(target: PinnedTarget, accept: string, signal: AbortSignal): Promise<Exchange> {
  const secure = target.url.protocol === 'https:';
  return new Promise((resolve, reject) => {
    const request = (secure ? https : http).request({
      protocol: target.url.protocol,
      hostname: target.hostname,
      port: Number(target.url.port) || (secure ? 443 : 80),
      path: `${target.url.pathname}${target.url.search}`,
      method: 'GET',
      headers: { Host: target.url.host, 'User-Agent': USER_AGENT, Accept: accept, 'Accept-Encoding': 'identity', Connection: 'close' },
      // A pooled socket could belong to a connection made under another policy.
      agent: false,
      lookup: pinnedLookup(target),
      ...(secure && !target.isLiteral ? { servername: target.hostname } : {}),
      signal,
    });
    request.once('response', (response) => resolve({ request, response }));
    request.on('error', (error) => reject(signal.aborted ? signal.reason : networkError(error)));
    request.end();
  });
}

function pinnedLookup(target: PinnedTarget): LookupFunction {
  return (_hostname, options, callback) => {
    const wanted = target.addresses.filter(({ family }) => !options.family || family === options.family);
    const candidates = wanted.length > 0 ? wanted : target.addresses;
    const [first] = candidates;
    if (options.all) callback(null, candidates);
    else if (first) callback(null, first.address, first.family);
    else callback(Object.assign(new Error('no validated address'), { code: 'ENOTFOUND' }), '');
  };
}

export function readCapped({ request, response }: Exchange, maxBytes: number, signal: AbortSignal): Promise<Uint8Array> {
  const tooLarge = () => new SafeFetchError('too_large', `response is larger than ${maxBytes} bytes`);
  return new Promise((resolve, reject) => {
    const fail = (error: unknown) => {
      signal.removeEventListener('abort', onAbort);
      request.destroy();
      reject(error);
    };
    const onAbort = () => fail(signal.reason);
    const declared = Number(response.headers['content-length']);
    if (Number.isFinite(declared) && declared > maxBytes) return fail(tooLarge());
    if (signal.aborted) return fail(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });

    const chunks: Buffer[] = [];
    let total = 0;
    let complete = false;
    response.on('data', (chunk: Buffer) => {
      total += chunk.length;
      if (total > maxBytes) fail(tooLarge());
      else chunks.push(chunk);
    });
    response.once('end', () => {
      complete = true;
      signal.removeEventListener('abort', onAbort);
      resolve(new Uint8Array(Buffer.concat(chunks, total)));
    });
    response.on('error', (error) => fail(signal.aborted ? signal.reason : networkError(error)));
    response.once('close', () => {
      if (!complete) fail(signal.aborted ? signal.reason : new SafeFetchError('network', 'connection closed before the response was complete'));
    });
  });
}

export function toHeaders(rawHeaders: readonly string[]): Headers {
  const headers = new Headers();
  for (let i = 0; i + 1 < rawHeaders.length; i += 2) {
    try {
      headers.append(rawHeaders[i] as string, rawHeaders[i + 1] as string);
    } catch {
      // Node's parser is more lenient than the Fetch spec; such a header is of no use to callers.
    }
  }
  return headers;
}
