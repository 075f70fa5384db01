// A Map, so a scope named like an Object property ("constructor") is shown as itself.
const descriptions = new Map<string, string>([
  ['openid', 'Confirm who you are'],
  ['profile', 'See your name'],
  ['email', 'See your email address'],
  ['offline_access', 'Stay connected when you are not using it'],
]);

/** What a scope lets an application do, in the words the consent and account pages use. */
export function describeScope(scope: string): string {
  return descriptions.get(scope) ?? `Use “${scope}”`;
}

/** An https URL from client metadata, or null: consent and account pages show nothing else. */
export function httpsUrlOrNull(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  try {
    return new URL(value).protocol === 'https:' ? value : null;
  } catch {
    return null;
  }
}
