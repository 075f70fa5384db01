import { OAuthError } from './errors';

export const DEFAULT_JSON_LIMIT_BYTES = 64 * 1024;

/** A request body as a Node server receives it: the IncomingMessage itself. */
export type NodeRequestBody = AsyncIterable<Uint8Array>;

const nodeBodies = new WeakMap<Request, NodeRequestBody>();

/**
 * For the Node server (lib/server/node-bridge.ts): the Request it builds carries no body, and the
 * Node request stream is handed over here instead. Wrapping that stream as a Web ReadableStream,
 * and reading it back through one, cost about a tenth of a token request. Every body reader of the
 * protocol endpoints goes through readBodyText, which takes the body from here first.
 */
export function attachNodeBody(request: Request, body: NodeRequestBody): Request {
  nodeBodies.set(request, body);
  return request;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The chunks read, or null as soon as they add up to more than `limit` bytes; the rest is not
 * read. Leaving the loop early ends the body: a Web stream is cancelled, and a Node server request
 * is detached from its socket before it is destroyed, so the 413 still goes out and the
 * connection closes after it.
 */
async function readChunks(body: AsyncIterable<Uint8Array>, limit: number): Promise<Uint8Array[] | null> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of body) {
    size += chunk.byteLength;
    if (size > limit) return null;
    chunks.push(chunk);
  }
  return chunks;
}

function bodyChunks(request: Request, limit: number): Promise<Uint8Array[] | null> {
  const body = nodeBodies.get(request) ?? request.body;
  return body ? readChunks(body, limit) : Promise.resolve([]);
}

/** Reads at most `limit` bytes, refusing larger bodies as soon as they are seen, never buffering them whole. */
export async function readBodyText(request: Request, limit: number, errorCode: string): Promise<string> {
  const declared = Number(request.headers.get('content-length') ?? NaN);
  const tooLarge = () => new OAuthError(errorCode, `the request body is larger than ${limit} bytes`, 413);
  if (Number.isFinite(declared) && declared > limit) throw tooLarge();
  const chunks = await bodyChunks(request, limit);
  if (!chunks) throw tooLarge();
  try {
    return utf8.decode(Buffer.concat(chunks));
  } catch {
    throw new OAuthError(errorCode, 'the request body is not valid UTF-8');
  }
}

function mediaType(request: Request): string {
  return (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
}

/** A JSON object body, as the registration endpoints take (RFC 7591 §3.1). */
export async function readJsonObject(request: Request, options: { limit?: number; errorCode: string }): Promise<Record<string, unknown>> {
  if (mediaType(request) !== 'application/json') {
    throw new OAuthError(options.errorCode, 'the request body must be JSON sent with Content-Type: application/json');
  }
  const text = await readBodyText(request, options.limit ?? DEFAULT_JSON_LIMIT_BYTES, options.errorCode);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new OAuthError(options.errorCode, 'the request body is not valid JSON');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new OAuthError(options.errorCode, 'the request body must be a JSON object');
  }
  return value as Record<string, unknown>;
}

/** The token of an `Authorization: Bearer` header (RFC 6750 §2.1), or null when there is none. */
export function bearerToken(request: Request): string | null {
  const header = request.headers.get('authorization');
  if (!header) return null;
  const match = /^Bearer +([A-Za-z0-9\-._~+/]+=*) *$/i.exec(header);
  return match ? match[1]! : null;
}
