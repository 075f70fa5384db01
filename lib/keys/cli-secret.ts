import { resolveAuthSecret } from '../auth/secret';
import { readConfig } from '../config';
import type { SecretBox } from '../crypto/secret-box';
import { serverSecretBox } from '../crypto/server-secret';
import type { Db } from '../db/client';

/**
 * The CLI does not run prepareApp, so it resolves the server secret the same way (AUTH_SECRET, or
 * the generated one kept in the database): keys it seals must open in the server.
 */
export async function signingKeyBoxForCli(db: Db, log: (line: string) => void): Promise<SecretBox> {
  process.env.NEXTAUTH_SECRET = await resolveAuthSecret(db, readConfig(), log);
  return serverSecretBox('signing-key');
}
