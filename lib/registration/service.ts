import { auditEventData, recordAudit, type Actor, type AuditEntry } from '../audit/record';
import type { SecretBox } from '../crypto/secret-box';
import { generateOpaqueToken, hashOpaqueToken } from '../crypto/opaque-token';
import type { Db } from '../db/client';
import { Prisma, type Client } from '../db/generated/client';
import { analyze, registrationError, type Finding, type NormalizedClientMetadata, type RegistrantKind } from '../metadata';
import { OAuthError } from '../oauth/errors';
import { generateClientId, metadataColumns, storedMetadata } from './client-record';
import { generateClientSecret, hashClientSecret, needsClientSecret, needsReadableSecret, secretMatchesHash } from './client-secret';
import { consumeInitialAccessTokenUse } from './initial-access-tokens';
import { analyzeContextFor, effectiveKindPolicy, type KindPolicy, type RegistrationPolicySettings } from './policy';
import { actorOf, type Registrant } from './registrant';
import { checkJwksUri, checkSectorIdentifier, type FetchJson } from './remote-checks';
import { loadRegistrationPolicy } from './settings-store';
import { mergeSoftwareStatement, verifySoftwareStatement, SoftwareStatementError } from './software-statement';

/** Everything the registration service needs from the outside world, injected so tests control it. */
export interface RegistrationDeps {
  db: Db;
  issuer: string;
  /** The hardened outbound fetcher (lib/net/safe-fetch.ts) in production. */
  fetchJson: FetchJson;
  /** Encrypts secrets the server must read back (client_secret_jwt, HS* signatures). */
  secretBox: SecretBox;
}

export type ClientRecord = Omit<Client, 'secretHash' | 'secretCiphertext' | 'registrationTokenHash' | 'previousSecretHash' | 'previousSecretCiphertext'>;

/** A refused registration: the RFC 7591 error plus every finding, for the console to place on fields. */
export class RegistrationRejected extends OAuthError {
  constructor(
    error: string,
    description: string,
    readonly findings: readonly Finding[] = [],
  ) {
    super(error, description, 400);
  }
}

export interface IssuedClient {
  client: ClientRecord;
  /** Present only when a new secret was issued: shown once, never stored in clear. */
  clientSecret: string | null;
  registrationAccessToken: string | null;
  warnings: Finding[];
}

const MAX_CLIENTS_LOCK = 7_592;

function secretColumns(metadata: NormalizedClientMetadata, policy: KindPolicy, box: SecretBox, secret: string) {
  return {
    secretHash: hashClientSecret(secret),
    secretCiphertext: needsReadableSecret(metadata) ? box.seal(secret) : null,
    secretExpiresAt: policy.secretLifetimeSeconds ? new Date(Date.now() + policy.secretLifetimeSeconds * 1000) : null,
  };
}

const noSecretColumns = { secretHash: null, secretCiphertext: null, secretExpiresAt: null };

async function applySoftwareStatement(deps: RegistrationDeps, raw: Record<string, unknown>, policy: KindPolicy): Promise<Record<string, unknown>> {
  if (raw.software_statement === undefined) {
    if (policy.requireSoftwareStatement) {
      throw new RegistrationRejected('invalid_software_statement', 'the registration policy requires a software statement');
    }
    return raw;
  }
  const issuers = await deps.db.softwareStatementIssuer.findMany();
  try {
    const verified = await verifySoftwareStatement(raw.software_statement, {
      issuers: issuers.map((issuer) => ({ ...issuer, jwks: issuer.jwks as never })),
      fetchJson: deps.fetchJson,
    });
    return mergeSoftwareStatement(raw, verified.claims);
  } catch (error) {
    if (error instanceof SoftwareStatementError) throw new RegistrationRejected(error.error, error.description);
    throw error;
  }
}

/**
 * Judges metadata for one registrant: software statement first (its claims win), then the rulebook,
 * then the checks that need the network. Returns the metadata to store.
 */
async function vetMetadata(
  deps: RegistrationDeps,
  kind: RegistrantKind,
  policy: KindPolicy,
  raw: Record<string, unknown>,
): Promise<{ metadata: NormalizedClientMetadata; warnings: Finding[] }> {
  const merged = await applySoftwareStatement(deps, raw, policy);
  const result = analyze(merged, analyzeContextFor(kind, policy));
  const refusal = registrationError(result);
  if (refusal) throw new RegistrationRejected(refusal.error, refusal.error_description, result.errors);
  await checkSectorIdentifier(result.normalized, deps.fetchJson);
  await checkJwksUri(result.normalized, deps.fetchJson);
  return { metadata: result.normalized, warnings: result.warnings };
}

/** The clients a registration counts against when the policy caps them, or null when no cap applies. */
function cappedScope(registrant: Registrant, policy: KindPolicy): Prisma.ClientWhereInput | null {
  if (!policy.maxClients) return null;
  if (registrant.kind === 'developer' || registrant.kind === 'admin') return registrant.userId ? { ownerId: registrant.userId } : null;
  if (registrant.kind === 'initial_access_token') return { initialAccessTokenId: registrant.tokenId };
  return null;
}

async function enforceClientCap(tx: Prisma.TransactionClient, where: Prisma.ClientWhereInput, maxClients: number): Promise<void> {
  // Serializes registrations under one cap so two at once cannot both take the last place.
  await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(${MAX_CLIENTS_LOCK})`);
  if ((await tx.client.count({ where })) >= maxClients) {
    throw new RegistrationRejected('invalid_client_metadata', `the registration policy allows at most ${maxClients} clients here`);
  }
}

function auditView(client: Pick<ClientRecord, 'clientId' | 'status' | 'metadata'>) {
  return { client_id: client.clientId, status: client.status, metadata: client.metadata } as Prisma.InputJsonObject;
}

export async function registerClient(
  deps: RegistrationDeps,
  registrant: Registrant,
  raw: Record<string, unknown>,
  /** The policy in force, when the caller has just read it (the HTTP endpoint does, to check the mode). */
  knownSettings?: RegistrationPolicySettings,
): Promise<IssuedClient> {
  const settings = knownSettings ?? (await loadRegistrationPolicy(deps.db));
  const tokenPolicy = registrant.kind === 'initial_access_token' ? registrant.tokenPolicy : null;
  const policy = effectiveKindPolicy(settings, registrant.kind, tokenPolicy);
  const actor = actorOf(registrant);
  let vetted: Awaited<ReturnType<typeof vetMetadata>>;
  try {
    vetted = await vetMetadata(deps, registrant.kind, policy, raw);
  } catch (error) {
    if (error instanceof OAuthError) {
      await recordAudit(deps.db, actor, { action: 'client.registration_rejected', detail: { error: error.error, reason: error.description } });
    }
    throw error;
  }
  const { metadata, warnings } = vetted;
  const clientSecret = needsClientSecret(metadata) ? generateClientSecret() : null;
  const registrationAccessToken = generateOpaqueToken('rat');
  const data: Prisma.ClientUncheckedCreateInput = {
    clientId: generateClientId(),
    ownerId: registrant.kind === 'admin' || registrant.kind === 'developer' ? registrant.userId : null,
    initialAccessTokenId: registrant.kind === 'initial_access_token' ? registrant.tokenId : null,
    registrantKind: registrant.kind,
    // The credentials are still issued; the token endpoint refuses a pending client until it is approved.
    status: policy.requireApproval ? 'pending' : 'active',
    ...metadataColumns(metadata, warnings.length),
    ...(clientSecret ? secretColumns(metadata, policy, deps.secretBox, clientSecret) : noSecretColumns),
    registrationTokenHash: hashOpaqueToken(registrationAccessToken),
  };
  const client = await storeNewClient(deps.db, registrant, policy, data, actor);
  return { client, clientSecret, registrationAccessToken, warnings };
}

/**
 * Inserts the client and its audit event in one transaction. Only an initial access token's use
 * count and a client cap need reads inside it; without them the two inserts go as one batch, which
 * costs about a third less than an interactive transaction (on the embedded database too).
 */
async function storeNewClient(db: Db, registrant: Registrant, policy: KindPolicy, data: Prisma.ClientUncheckedCreateInput, actor: Actor): Promise<ClientRecord> {
  // The audit row shows what is inserted: the client id, status and metadata are all known now.
  const audit: AuditEntry = {
    action: 'client.registered',
    target: { type: 'client', id: data.clientId },
    after: auditView({ clientId: data.clientId, status: data.status ?? 'active', metadata: data.metadata as Prisma.JsonValue }),
  };
  const cap = cappedScope(registrant, policy);
  if (registrant.kind !== 'initial_access_token' && !cap) {
    const [created] = await db.$transaction([db.client.create({ data }), db.auditEvent.create({ data: auditEventData(actor, audit), select: { id: true } })]);
    return created;
  }
  return db.$transaction(async (tx) => {
    if (registrant.kind === 'initial_access_token') await consumeInitialAccessTokenUse(tx, registrant.tokenId);
    if (cap) await enforceClientCap(tx, cap, policy.maxClients!);
    const created = await tx.client.create({ data });
    await recordAudit(tx, actor, audit);
    return created;
  });
}

/** The client a registration access token manages, or null: the caller answers invalid_token either way. */
export async function findClientByRegistrationToken(db: Db, clientId: string, token: string | null): Promise<ClientRecord | null> {
  if (!token) return null;
  const client = await db.client.findUnique({ where: { registrationTokenHash: hashOpaqueToken(token) } });
  return client && client.clientId === clientId ? client : null;
}

/** Fields a client may send back but never sets (RFC 7591 §3.2.1, RFC 7592 §2.2). */
const serverOwnedFields = ['client_id', 'client_secret', 'client_id_issued_at', 'client_secret_expires_at', 'registration_access_token', 'registration_client_uri'];

export interface UpdateOptions {
  /** The version the writer last read; a mismatch is a conflict instead of a silent overwrite. */
  expectedVersion?: number;
  /** RFC 7592 updates rotate the registration access token; the console keeps it. */
  rotateRegistrationToken: boolean;
}

/**
 * Full replacement of a client's metadata (RFC 7592 §2.2): fields left out are removed or return
 * to their defaults.
 */
export async function updateClient(
  deps: RegistrationDeps,
  clientId: string,
  raw: Record<string, unknown>,
  actor: Actor,
  options: UpdateOptions,
): Promise<IssuedClient> {
  const current = await deps.db.client.findUnique({ where: { clientId }, omit: { secretHash: false } });
  if (!current) throw new OAuthError('invalid_client_metadata', 'the client does not exist', 404);
  if (raw.client_id !== undefined && raw.client_id !== clientId) {
    throw new RegistrationRejected('invalid_client_metadata', 'client_id in the body does not match the client being updated');
  }
  if (raw.client_secret !== undefined && (typeof raw.client_secret !== 'string' || !secretMatchesHash(raw.client_secret, current.secretHash))) {
    throw new RegistrationRejected('invalid_client_metadata', 'client_secret in the body does not match the current secret');
  }
  if (options.expectedVersion !== undefined && options.expectedVersion !== current.version) {
    throw new OAuthError('conflict', 'the client was changed by someone else; read it again before updating', 412);
  }
  const body = Object.fromEntries(Object.entries(raw).filter(([key]) => !serverOwnedFields.includes(key)));
  const settings = await loadRegistrationPolicy(deps.db);
  const kind = current.registrantKind as RegistrantKind;
  const policy = effectiveKindPolicy(settings, kind);
  const { metadata, warnings } = await vetMetadata(deps, kind, policy, body);

  const before = storedMetadata(current);
  // A new secret only when one is needed and the stored form cannot serve (none yet, or only a hash where it must be readable).
  const mustIssueSecret =
    needsClientSecret(metadata) && (!current.secretHash || (needsReadableSecret(metadata) && !needsReadableSecret(before)));
  const clientSecret = mustIssueSecret ? generateClientSecret() : null;
  const secretUpdate = !needsClientSecret(metadata)
    ? { ...noSecretColumns, previousSecretHash: null, previousSecretCiphertext: null, previousSecretExpiresAt: null }
    : clientSecret
      ? secretColumns(metadata, policy, deps.secretBox, clientSecret)
      : {};
  const registrationAccessToken = options.rotateRegistrationToken ? generateOpaqueToken('rat') : null;

  const client = await deps.db.$transaction(async (tx) => {
    const updated = await tx.client.updateMany({
      where: { id: current.id, version: current.version },
      data: {
        ...metadataColumns(metadata, warnings.length),
        ...secretUpdate,
        ...(registrationAccessToken ? { registrationTokenHash: hashOpaqueToken(registrationAccessToken) } : {}),
        version: { increment: 1 },
      },
    });
    if (updated.count === 0) throw new OAuthError('conflict', 'the client was changed by someone else; read it again before updating', 412);
    const after = await tx.client.findUniqueOrThrow({ where: { id: current.id } });
    await recordAudit(tx, actor, {
      action: 'client.updated',
      target: { type: 'client', id: clientId },
      before: auditView(current),
      after: auditView(after),
      detail: { secret_issued: Boolean(clientSecret), registration_token_rotated: Boolean(registrationAccessToken) },
    });
    return after;
  });
  return { client, clientSecret, registrationAccessToken, warnings };
}

export async function deleteClient(db: Db, clientId: string, actor: Actor): Promise<void> {
  await db.$transaction(async (tx) => {
    const client = await tx.client.findUnique({ where: { clientId } });
    if (!client) return;
    await tx.client.delete({ where: { id: client.id } });
    await recordAudit(tx, actor, { action: 'client.deleted', target: { type: 'client', id: clientId }, before: auditView(client) });
  });
}

/**
 * Issues a new secret; the previous one keeps working for the policy's grace period so deployed
 * apps can switch without downtime.
 */
export async function rotateClientSecret(deps: RegistrationDeps, clientId: string, actor: Actor): Promise<{ clientSecret: string; client: ClientRecord }> {
  const current = await deps.db.client.findUnique({ where: { clientId }, omit: { secretHash: false, secretCiphertext: false } });
  if (!current) throw new OAuthError('invalid_request', 'the client does not exist', 404);
  const metadata = storedMetadata(current);
  if (!needsClientSecret(metadata)) throw new OAuthError('invalid_request', 'this client does not use a secret');
  const settings = await loadRegistrationPolicy(deps.db);
  const policy = effectiveKindPolicy(settings, current.registrantKind as RegistrantKind);
  const clientSecret = generateClientSecret();
  const graceEnds = new Date(Date.now() + settings.rotationGraceSeconds * 1000);
  const client = await deps.db.$transaction(async (tx) => {
    const updated = await tx.client.update({
      where: { id: current.id },
      data: {
        ...secretColumns(metadata, policy, deps.secretBox, clientSecret),
        previousSecretHash: current.secretHash,
        previousSecretCiphertext: current.secretCiphertext,
        previousSecretExpiresAt: current.secretExpiresAt && current.secretExpiresAt < graceEnds ? current.secretExpiresAt : graceEnds,
        version: { increment: 1 },
      },
    });
    await recordAudit(tx, actor, {
      action: 'client.secret_rotated',
      target: { type: 'client', id: clientId },
      detail: { previous_secret_valid_until: graceEnds.toISOString() },
    });
    return updated;
  });
  return { clientSecret, client };
}
