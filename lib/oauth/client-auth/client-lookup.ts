import type { Db } from '../../db/client';
import type { Prisma } from '../../db/generated/client';
import { unknownClient, wrongMethod } from './failures';

/**
 * The columns the protocol endpoints read from an authenticated client. Read on every token,
 * introspection and revocation request, so only these leave the database: the whole row (console
 * columns, timestamps) cost a noticeable share of each request to fetch and map.
 */
const recordColumns = {
  clientId: true,
  status: true,
  tokenEndpointAuthMethod: true,
  grantTypes: true,
  scope: true,
  metadata: true,
  accessTokenLifetimeSeconds: true,
  introspectsAnyToken: true,
  secretExpiresAt: true,
  previousSecretExpiresAt: true,
} as const satisfies Prisma.ClientSelect;

/** A client as the endpoints may see it: no secret, hash or ciphertext. */
export type ClientRecordForAuth = Prisma.ClientGetPayload<{ select: typeof recordColumns }>;

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

// One fixed selection per form: Prisma merges concurrent findUnique calls only when their selections match.
const selections = {
  hashes: { ...recordColumns, secretHash: true, previousSecretHash: true },
  ciphertexts: { ...recordColumns, secretCiphertext: true, previousSecretCiphertext: true },
  none: recordColumns,
} as const satisfies Record<SecretForm, Prisma.ClientSelect>;

type SelectedRow = ClientRecordForAuth & {
  secretHash?: string | null;
  previousSecretHash?: string | null;
  secretCiphertext?: string | null;
  previousSecretCiphertext?: string | null;
};

/**
 * One lookup by the unique client_id. Only the secret columns the presented method needs leave the
 * database, and they are split off at once so the client record handed on never carries them.
 */
export async function findActiveClient(db: Db, clientId: string, form: SecretForm): Promise<ClientForAuth> {
  const row: SelectedRow | null = await db.client.findUnique({ where: { clientId }, select: selections[form] });
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
