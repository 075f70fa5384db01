import { splitWords } from './words';

export { splitWords as responseTypeWords } from './words';

// The order of words in a response type carries no meaning (OAuth 2.0 Multiple Response Type
// Encoding Practices §2), so values are compared and stored in one canonical order.
const WORD_RANK: Record<string, number> = { code: 0, id_token: 1, token: 2 };

export function canonicalResponseType(value: string): string {
  if (!value.includes(' ')) return value;
  return splitWords(value)
    .sort((a, b) => (WORD_RANK[a] ?? 3) - (WORD_RANK[b] ?? 3) || (a < b ? -1 : a > b ? 1 : 0))
    .join(' ');
}

/** Response types that deliver an access token or ID token from the authorization endpoint. */
export function isFrontChannelTokenType(words: Iterable<string>): boolean {
  for (const word of words) if (word === 'token' || word === 'id_token') return true;
  return false;
}

/** Grant types each response type word depends on (RFC 7591 §2.1). */
export const grantForWord: Readonly<Record<string, string>> = {
  code: 'authorization_code',
  token: 'implicit',
  id_token: 'implicit',
};
