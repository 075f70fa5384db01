export type SafeFetchErrorCode =
  | 'invalid_url'
  | 'scheme_refused'
  | 'address_refused'
  | 'dns_failed'
  | 'timeout'
  | 'too_large'
  | 'too_many_redirects'
  | 'http_status'
  | 'network'
  | 'invalid_json';

/**
 * Messages are written to be shown to whoever supplied the URL: they never carry response bodies
 * or internal error text, and the caller prefixes them with the field name.
 */
export class SafeFetchError extends Error {
  override readonly name = 'SafeFetchError';
  readonly code: SafeFetchErrorCode;
  readonly status?: number;

  constructor(code: SafeFetchErrorCode, message: string, status?: number) {
    super(message);
    this.code = code;
    if (status !== undefined) this.status = status;
  }
}

/** Node error codes (ECONNREFUSED, CERT_HAS_EXPIRED, ...) are safe and useful to show; free text is not. */
export function networkError(cause: unknown): SafeFetchError {
  const code = (cause as { code?: unknown } | null)?.code;
  const detail = typeof code === 'string' && /^[A-Z0-9_]{1,64}$/.test(code) ? ` (${code})` : '';
  return new SafeFetchError('network', `connection failed${detail}`);
}
