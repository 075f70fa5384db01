import { OAuthError } from './errors';
import { readBodyText } from './request-body';

export const DEFAULT_FORM_LIMIT_BYTES = 64 * 1024;

/**
 * Parameters of an application/x-www-form-urlencoded request (RFC 6749 §3.2). A parameter sent
 * twice is an error (§3.1: "parameters MUST NOT be included more than once"), and so are
 * parameters without a value, which RFC 6749 says to treat as omitted.
 */
export type FormParams = ReadonlyMap<string, string>;

export async function readForm(request: Request, limit = DEFAULT_FORM_LIMIT_BYTES): Promise<FormParams> {
  if (request.method !== 'POST') throw new OAuthError('invalid_request', 'use POST', 405, { allow: 'POST' });
  const type = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== 'application/x-www-form-urlencoded') {
    throw new OAuthError('invalid_request', 'the request body must be application/x-www-form-urlencoded');
  }
  const text = await readBodyText(request, limit, 'invalid_request');
  const params = new Map<string, string>();
  const seen = new Set<string>();
  for (const [name, value] of new URLSearchParams(text)) {
    if (seen.has(name)) throw new OAuthError('invalid_request', `the parameter ${name} is repeated`);
    seen.add(name);
    if (value !== '') params.set(name, value);
  }
  return params;
}
