import { createSecretBox, type SecretBox } from './secret-box';

/**
 * The server's master secret (AUTH_SECRET, or the generated one) is resolved at start by
 * lib/server/prepare.ts. Everything that encrypts at rest derives its key from it here.
 */
export function serverMasterSecret(): string {
  const secret = process.env.NEXTAUTH_SECRET;
  if (!secret) throw new Error('the server secret is not resolved yet (prepareApp has not run)');
  return secret;
}

export function serverSecretBox(purpose: 'client-secret' | 'signing-key'): SecretBox {
  return createSecretBox(serverMasterSecret(), purpose);
}
