import { OAuthError } from './errors';

export const DEFAULT_JSON_LIMIT_BYTES = 64 * 1024;

/** Reads at most `limit` bytes, refusing larger bodies as soon as they are seen, never buffering them whole. */
export async function readBodyText(request: Request, limit: number, errorCode: string): Promise<string> {
  const declared = Number(request.headers.get('content-length') ?? NaN);
  const tooLarge = () => new OAuthError(errorCode, `the request body is larger than ${limit} bytes`, 413);
  if (Number.isFinite(declared) && declared > limit) throw tooLarge();
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => {});
      throw tooLarge();
    }
    chunks.push(value);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks));
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
