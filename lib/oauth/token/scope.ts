import { OAuthError } from '../errors';

// RFC 6749 §3.3: scope-token = 1*( %x21 / %x23-5B / %x5D-7E )
const scopeToken = /^[\x21\x23-\x5B\x5D-\x7E]+$/;

export function parseScope(value: string | undefined): string[] {
  if (value === undefined) return [];
  const tokens = value.split(' ').filter((token) => token !== '');
  if (!tokens.every((token) => scopeToken.test(token))) throw new OAuthError('invalid_scope', 'the scope contains characters RFC 6749 §3.3 does not allow');
  return [...new Set(tokens)];
}

/**
 * The scope to grant: what was asked for, each value among the client's registered scopes
 * (RFC 6749 §3.3); with no request, everything registered.
 */
export function grantedScope(requested: string | undefined, registered: string | null): string[] {
  const allowed = parseScope(registered ?? undefined);
  const asked = parseScope(requested);
  if (asked.length === 0) return allowed;
  const refused = asked.filter((token) => !allowed.includes(token));
  if (refused.length > 0) throw new OAuthError('invalid_scope', `the client is not registered for the scope ${refused.join(' ')}`);
  return asked;
}
