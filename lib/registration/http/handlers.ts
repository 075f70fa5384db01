import { protocolAnswer, toResponse, type ProtocolAnswer } from '../../oauth/answer';
import { answerProtocol, jsonAnswer, OAuthError } from '../../oauth/errors';
import { bearerToken, readJsonObject } from '../../oauth/request-body';
import { clientInformation } from '../client-information';
import { findUsableInitialAccessToken } from '../initial-access-tokens';
import { effectiveMode, type RegistrationPolicySettings } from '../policy';
import type { Registrant } from '../registrant';
import type { RegistrationRuntime } from '../runtime-deps';
import { deleteClient, findClientByRegistrationToken, registerClient, updateClient } from '../service';
import { loadRegistrationPolicy } from '../settings-store';

/** What the mount knows about the caller that a Request does not carry. */
export interface RequestContext {
  ip?: string | null;
}

const invalidToken = (description: string) =>
  new OAuthError('invalid_token', description, 401, { 'www-authenticate': `Bearer error="invalid_token", error_description="${description}"` });

function methodNotAllowed(allowed: string): OAuthError {
  return new OAuthError('invalid_request', `use ${allowed.replace(', ', ' or ')}`, 405, { allow: allowed });
}

async function registrantFor(
  runtime: RegistrationRuntime,
  request: Request,
  context: RequestContext,
  settings: RegistrationPolicySettings,
): Promise<Registrant> {
  const mode = effectiveMode(settings, runtime.config.REGISTRATION_MODE);
  if (mode === 'disabled') throw new OAuthError('access_denied', 'dynamic client registration is disabled on this server', 403);
  const presented = bearerToken(request);
  if (!presented && request.headers.has('authorization')) throw invalidToken('the Authorization header is not a Bearer token');
  if (!presented) {
    if (mode === 'open') return { kind: 'anonymous', ip: context.ip };
    throw new OAuthError('invalid_token', 'an initial access token is required to register a client', 401, { 'www-authenticate': 'Bearer' });
  }
  const token = await findUsableInitialAccessToken(runtime.db, presented);
  if (!token) throw invalidToken('the initial access token is not valid');
  return { kind: 'initial_access_token', tokenId: token.id, tokenPolicy: token.policy, ip: context.ip };
}

/** POST /oauth/register (RFC 7591 §3). */
export function registrationAnswer(runtime: RegistrationRuntime, request: Request, context: RequestContext = {}): Promise<ProtocolAnswer> {
  return answerProtocol(async () => {
    if (request.method !== 'POST') throw methodNotAllowed('POST');
    const settings = await loadRegistrationPolicy(runtime.db);
    const registrant = await registrantFor(runtime, request, context, settings);
    const body = await readJsonObject(request, { errorCode: 'invalid_client_metadata' });
    const issued = await registerClient(runtime, registrant, body, settings);
    return jsonAnswer(clientInformation(issued.client, runtime.issuer, issued), 201);
  });
}

/** As a Response, for the Next.js route handler; the Node server writes the answer itself. */
export function handleRegistration(runtime: RegistrationRuntime, request: Request, context: RequestContext = {}): Promise<Response> {
  return registrationAnswer(runtime, request, context).then(toResponse);
}

function etag(version: number): string {
  return `"${version}"`;
}

function expectedVersion(request: Request): number | undefined {
  const header = request.headers.get('if-match');
  if (!header) return undefined;
  const match = /^"(\d+)"$/.exec(header.trim());
  if (!match) throw new OAuthError('invalid_request', 'If-Match must be the ETag of a previous read', 400);
  return Number(match[1]);
}

/** GET, PUT and DELETE on the client configuration endpoint (RFC 7592 §2). */
export function clientConfigurationAnswer(
  runtime: RegistrationRuntime,
  request: Request,
  clientId: string,
  context: RequestContext = {},
): Promise<ProtocolAnswer> {
  return answerProtocol(async () => {
    if (!['GET', 'PUT', 'DELETE'].includes(request.method)) throw methodNotAllowed('GET, PUT, DELETE');
    // Wrong token, other client's token, unknown client: one answer, so nothing is revealed.
    const client = await findClientByRegistrationToken(runtime.db, clientId, bearerToken(request));
    if (!client) throw invalidToken('the registration access token is not valid for this client');
    const actor = { type: 'client', id: client.clientId, label: 'registration access token', ip: context.ip } as const;

    if (request.method === 'GET') {
      return jsonAnswer(clientInformation(client, runtime.issuer), 200, { etag: etag(client.version) });
    }
    if (request.method === 'DELETE') {
      await deleteClient(runtime.db, client.clientId, actor);
      return protocolAnswer(204, { 'cache-control': 'no-store', pragma: 'no-cache' });
    }
    const body = await readJsonObject(request, { errorCode: 'invalid_client_metadata' });
    const issued = await updateClient(runtime, client.clientId, body, actor, {
      expectedVersion: expectedVersion(request),
      rotateRegistrationToken: true,
    });
    return jsonAnswer(clientInformation(issued.client, runtime.issuer, issued), 200, { etag: etag(issued.client.version) });
  });
}

/** As a Response, for the Next.js route handler; the Node server writes the answer itself. */
export function handleClientConfiguration(
  runtime: RegistrationRuntime,
  request: Request,
  clientId: string,
  context: RequestContext = {},
): Promise<Response> {
  return clientConfigurationAnswer(runtime, request, clientId, context).then(toResponse);
}
