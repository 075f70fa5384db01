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
  // The description names the field first, so a program can tell which part of its request to change.
  const field = first.fields[0] ? `${first.fields[0]}: ` : '';
  const more = others > 0 ? ` (and ${others} more problem${others > 1 ? 's' : ''})` : '';
  return { error: first.oauthError, error_description: `${field}${first.message}${more}` };
}
