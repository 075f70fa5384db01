import fs from 'node:fs';
import type { Db } from '../../lib/db/client';
import { clientInformation } from '../../lib/registration/client-information';
import { registrationRuntime } from '../../lib/registration/runtime-deps';
import { changeClientStatus, type ClientStatus } from '../../lib/registration/client-status';
import { resetRegistrationAccessToken } from '../../lib/registration/registration-token';
import { deleteClient, registerClient, RegistrationRejected, rotateClientSecret, updateClient } from '../../lib/registration/service';
import { OAuthError } from '../../lib/oauth/errors';
import { publicUserFields } from '../../lib/users/service';
import { report, requireOption, UsageError, type CliIo } from '../io';

const cliActor = { type: 'system', label: 'cli' } as const;

function readMetadataFile(path: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(path === '-' ? fs.readFileSync(0, 'utf8') : fs.readFileSync(path, 'utf8'));
  } catch (error) {
    throw new UsageError(`--file: cannot read JSON from ${path} (${(error as Error).message})`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new UsageError('--file must hold a JSON object of client metadata');
  return value as Record<string, unknown>;
}

async function ownerFor(db: Db, email: string | undefined) {
  if (!email) return { kind: 'admin' as const, userId: null, email: 'cli' };
  const user = await db.user.findUnique({ where: { email: email.trim().toLowerCase() }, select: publicUserFields });
  if (!user || user.role === 'user') throw new UsageError(`--owner must be the email of an admin or developer`);
  return { kind: user.role, userId: user.id, email: user.email };
}

/** Registers under the admin policy (or the owner's), through the same service as the HTTP endpoint. */
export async function clientRegister(db: Db, options: Record<string, string | undefined>, json: boolean, io: CliIo): Promise<void> {
  const metadata = readMetadataFile(requireOption('file', options.file));
  const runtime = await registrationRuntime();
  try {
    const issued = await registerClient(runtime, await ownerFor(db, options.owner), metadata);
    const body = clientInformation(issued.client, runtime.issuer, issued);
    report(io, json, body, [
      `registered ${issued.client.clientName ?? issued.client.clientId}`,
      `client_id      ${issued.client.clientId}`,
      ...(issued.clientSecret ? [`client_secret  ${issued.clientSecret}   (shown once)`] : []),
      ...issued.warnings.map((warning) => `warning: ${warning.message}`),
    ]);
  } catch (error) {
    if (error instanceof RegistrationRejected) throw new UsageError(`${error.error}: ${error.description}`);
    throw error;
  }
}

export async function clientList(db: Db, _options: Record<string, string | undefined>, json: boolean, io: CliIo): Promise<void> {
  const clients = await db.client.findMany({
    select: { clientId: true, clientName: true, applicationType: true, tokenEndpointAuthMethod: true, status: true, warningCount: true },
    orderBy: { createdAt: 'asc' },
  });
  const rows = clients.map((client) =>
    [client.clientId, client.clientName ?? '-', client.applicationType, client.tokenEndpointAuthMethod, client.status].join('\t'),
  );
  report(io, json, { clients }, rows.length > 0 ? rows : ['no clients']);
}

export async function clientShow(db: Db, options: Record<string, string | undefined>, _json: boolean, io: CliIo): Promise<void> {
  const clientId = requireOption('client-id', options['client-id']);
  const client = await db.client.findUnique({ where: { clientId } });
  if (!client) throw new UsageError(`no client ${clientId}`);
  io.out(JSON.stringify(clientInformation(client, (await registrationRuntime()).issuer)));
}

export async function clientRotateSecret(_db: Db, options: Record<string, string | undefined>, json: boolean, io: CliIo): Promise<void> {
  const clientId = requireOption('client-id', options['client-id']);
  const runtime = await registrationRuntime();
  const { clientSecret, client } = await rotateClientSecret(runtime, clientId, cliActor).catch((error: unknown) => {
    throw new UsageError(error instanceof Error && 'description' in error ? String(error.description) : String(error));
  });
  report(io, json, { client_id: client.clientId, client_secret: clientSecret, previous_secret_valid_until: client.previousSecretExpiresAt }, [
    `client_secret  ${clientSecret}   (shown once)`,
    `the previous secret keeps working until ${client.previousSecretExpiresAt?.toISOString() ?? 'now'}`,
  ]);
}

export async function clientDelete(db: Db, options: Record<string, string | undefined>, json: boolean, io: CliIo): Promise<void> {
  const clientId = requireOption('client-id', options['client-id']);
  if (!(await db.client.findUnique({ where: { clientId }, select: { id: true } }))) throw new UsageError(`no client ${clientId}`);
  await deleteClient(db, clientId, cliActor);
  report(io, json, { deleted: clientId }, [`deleted ${clientId}`]);
}

async function existingClient(db: Db, clientId: string) {
  const client = await db.client.findUnique({ where: { clientId }, select: { clientId: true, status: true } });
  if (!client) throw new UsageError(`no client ${clientId}`);
  return client;
}

/**
 * Replaces the client's metadata with the file's, judged by the same rules and policy as an
 * RFC 7592 update; the registration access token is kept.
 */
export async function clientUpdate(_db: Db, options: Record<string, string | undefined>, json: boolean, io: CliIo): Promise<void> {
  const clientId = requireOption('client-id', options['client-id']);
  const metadata = readMetadataFile(requireOption('file', options.file));
  const runtime = await registrationRuntime();
  try {
    const updated = await updateClient(runtime, clientId, metadata, cliActor, { rotateRegistrationToken: false });
    report(io, json, clientInformation(updated.client, runtime.issuer, updated), [
      `updated ${updated.client.clientName ?? clientId}`,
      ...(updated.clientSecret ? [`client_secret  ${updated.clientSecret}   (shown once: the new auth method needs a secret)`] : []),
      ...updated.warnings.map((warning) => `warning: ${warning.message}`),
    ]);
  } catch (error) {
    if (error instanceof OAuthError) throw new UsageError(`${error.error}: ${error.description}`);
    throw error;
  }
}

/** disable, enable and approve: the moves an operator makes on a client's status. */
export function clientStatusCommand(to: ClientStatus, verb: string, allowedFrom: readonly ClientStatus[]) {
  return async (db: Db, options: Record<string, string | undefined>, json: boolean, io: CliIo): Promise<void> => {
    const client = await existingClient(db, requireOption('client-id', options['client-id']));
    const from = client.status as ClientStatus;
    if (from !== to && !allowedFrom.includes(from)) throw new UsageError(`${client.clientId} is ${from}; it cannot be ${verb}`);
    if (!(await changeClientStatus(db, client.clientId, from, to, cliActor))) throw new UsageError(`${client.clientId} changed meanwhile; try again`);
    report(io, json, { client_id: client.clientId, status: to }, [`${client.clientId} is ${to}`]);
  };
}

export async function clientResetRegistrationToken(db: Db, options: Record<string, string | undefined>, json: boolean, io: CliIo): Promise<void> {
  const client = await existingClient(db, requireOption('client-id', options['client-id']));
  const token = await resetRegistrationAccessToken(db, client.clientId, cliActor);
  if (!token) throw new UsageError(`no client ${client.clientId}`);
  report(io, json, { client_id: client.clientId, registration_access_token: token }, [
    `registration_access_token  ${token}   (shown once; the previous one no longer works)`,
  ]);
}
