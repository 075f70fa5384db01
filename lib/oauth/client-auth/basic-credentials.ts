import { invalidClient } from './failures';

export interface BasicCredentials {
  clientId: string;
  secret: string;
}

const BASIC = /^Basic +(\S+) *$/i;
const BASE64 = /^[A-Za-z0-9+/]+$/;

/** RFC 6749 Appendix B: both parts were form-urlencoded before being joined and base64-encoded. */
function formDecode(value: string): string {
  try {
    return decodeURIComponent(value.replace(/\+/g, ' '));
  } catch {
    throw invalidClient('the Basic credentials are not properly form-encoded');
  }
}

function decodeBase64(token: string): string {
  const unpadded = token.replace(/={1,2}$/, '');
  // A length of 4n+1 cannot come from any byte string, so it is a truncated or mangled token.
  if (!BASE64.test(unpadded) || unpadded.length % 4 === 1) throw invalidClient('the Basic credentials are not valid base64');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(Buffer.from(unpadded, 'base64'));
  } catch {
    throw invalidClient('the Basic credentials are not valid UTF-8');
  }
}

/** The credentials of an `Authorization: Basic` header, or null when the request has no such header. */
export function basicCredentials(request: Request): BasicCredentials | null {
  const header = request.headers.get('authorization');
  if (!header || !/^Basic(?: |$)/i.test(header)) return null;
  const match = BASIC.exec(header);
  if (!match) throw invalidClient('the Basic credentials are malformed');
  const decoded = decodeBase64(match[1]!);
  const colon = decoded.indexOf(':');
  if (colon < 0) throw invalidClient('the Basic credentials have no colon between client_id and secret');
  const clientId = formDecode(decoded.slice(0, colon));
  if (clientId === '') throw invalidClient('the Basic credentials have an empty client_id');
  return { clientId, secret: formDecode(decoded.slice(colon + 1)) };
}
