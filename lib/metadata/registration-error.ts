import type { AnalyzeResult } from './analyze';
import type { OAuthErrorCode } from './types';

export interface RegistrationErrorBody {
  readonly error: OAuthErrorCode;
  readonly error_description: string;
}

/**
 * The error response of RFC 7591 §3.2.2 for a rejected registration, or undefined when nothing
 * blocks it. Redirect URI problems take precedence because the client can act on them directly.
 */
export function registrationError(result: Pick<AnalyzeResult, 'errors'>): RegistrationErrorBody | undefined {
  const first = result.errors.find((finding) => finding.oauthError === 'invalid_redirect_uri') ?? result.errors[0];
  if (!first) return undefined;
  const others = result.errors.length - 1;
  return {
    error: first.oauthError,
    error_description: others > 0 ? `${first.message} (and ${others} more problem${others > 1 ? 's' : ''})` : first.message,
  };
}
