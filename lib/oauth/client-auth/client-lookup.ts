import type { Db } from '../../db/client';
import type { Client } from '../../db/generated/client';
import { unknownClient, wrongMethod } from './failures';

/** A client row as the endpoints may see it: no secret, hash or ciphertext. */
export type ClientRecordForAuth = Omit<
  Client,
  'secretHash' | 'secretCiphertext' | 'previousSecretHash' | 'previousSecretCiphertext' | 'registrationTokenHash'
>;

export interface StoredSecrets {
  hash: string | null;
  ciphertext: string | null;
  expiresAt: Date | null;
  previousHash: string | null;
  previousCiphertext: string | null;
  previousExpiresAt: Date | null;
}

/** Hashes serve client_secret_basic/post; ciphertexts serve client_secret_jwt. Nothing else is read. */
export type SecretForm = 'hashes' | 'ciphertexts' | 'none';

export interface ClientForAuth {
  client: ClientRecordForAuth;
  secrets: StoredSecrets;
}

/**
 * One lookup by the unique client_id. Only the secret columns the presented method needs leave the
 * database, and they are split off at once so the client record handed on never carries them.
 */
export async function findActiveClient(db: Db, clientId: string, form: SecretForm): Promise<ClientForAuth> {
  const row = await db.client.findUnique({
    where: { clientId },
    omit: {
      secretHash: form !== 'hashes',
      previousSecretHash: form !== 'hashes',
      secretCiphertext: form !== 'ciphertexts',
      previousSecretCiphertext: form !== 'ciphertexts',
    },
  });
  if (!row || row.status !== 'active') throw unknownClient();
  const { secretHash, secretCiphertext, previousSecretHash, previousSecretCiphertext, ...client } = row;
  return {
    client,
    secrets: {
      hash: secretHash ?? null,
      ciphertext: secretCiphertext ?? null,
      expiresAt: client.secretExpiresAt,
      previousHash: previousSecretHash ?? null,
      previousCiphertext: previousSecretCiphertext ?? null,
      previousExpiresAt: client.previousSecretExpiresAt,
    },
  };
}

export function requireMethod(client: ClientRecordForAuth, ...accepted: string[]): void {
  if (!accepted.includes(client.tokenEndpointAuthMethod)) throw wrongMethod(client.tokenEndpointAuthMethod);
}
