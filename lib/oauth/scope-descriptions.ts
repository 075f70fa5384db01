/** What each standard scope lets an application do, in the words the consent page uses. */
const descriptions: Record<string, string> = {
  openid: 'Confirm who you are',
  profile: 'See your name',
  email: 'See your email address',
  offline_access: 'Stay connected when you are not using it',
};

export function describeScope(scope: string): string {
  return descriptions[scope] ?? `Use “${scope}”`;
}
