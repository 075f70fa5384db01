import { basicAuthorization, openRegistrationMetadata, tokenRequestBody } from './fixtures';
import type { LoadRequest } from './load';
import type { ServerUnderTest } from './servers';

/**
 * One request of each kind, answered correctly, before any load: a benchmark of a server that
 * answers every request with an error would measure the error path.
 */

export class CheckFailed extends Error {
  override name = 'CheckFailed';
}

export function registrationRequest(server: ServerUnderTest): LoadRequest {
  return {
    method: 'POST',
    url: server.registrationEndpoint,
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(openRegistrationMetadata),
  };
}

export function tokenRequest(server: ServerUnderTest, extra: Record<string, string> = {}): LoadRequest {
  const body = new URLSearchParams(tokenRequestBody);
  for (const [name, value] of Object.entries(extra)) body.set(name, value);
  return {
    method: 'POST',
    url: server.tokenEndpoint,
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      accept: 'application/json',
      authorization: basicAuthorization(server.client.id, server.client.secret),
    },
    body: body.toString(),
  };
}

export function introspectionRequest(server: ServerUnderTest, token: string): LoadRequest {
  return {
    method: 'POST',
    url: server.introspectionEndpoint,
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      accept: 'application/json',
      authorization: basicAuthorization(server.client.id, server.client.secret),
    },
    body: new URLSearchParams({ token }).toString(),
  };
}

async function send(request: LoadRequest): Promise<{ status: number; json: Record<string, unknown> }> {
  const response = await fetch(request.url, { method: request.method, headers: request.headers, body: request.body });
  const text = await response.text();
  let json: Record<string, unknown> = {};
  try {
    json = JSON.parse(text) as Record<string, unknown>;
  } catch {
    // Left empty: the status check below reports the body as text.
  }
  if (!response.ok) throw new CheckFailed(`${request.url} answered ${response.status}: ${text.slice(0, 300)}`);
  return { status: response.status, json };
}

/** "JWT ES256" for a signed token, "opaque" for anything else. */
export function describeToken(token: string): string {
  const [header, , signature] = token.split('.');
  if (!header || signature === undefined) return 'opaque';
  try {
    const parsed = JSON.parse(Buffer.from(header, 'base64url').toString('utf8')) as { alg?: string };
    return `JWT ${parsed.alg ?? '?'}`;
  } catch {
    return 'opaque';
  }
}

export async function checkRegistration(server: ServerUnderTest): Promise<void> {
  const { status, json } = await send(registrationRequest(server));
  if (status !== 201 || typeof json.client_id !== 'string' || typeof json.client_secret !== 'string') {
    throw new CheckFailed(`${server.label}: registration answered ${status} without client_id and client_secret`);
  }
}

export async function obtainToken(server: ServerUnderTest, extra: Record<string, string> = {}): Promise<string> {
  const { json } = await send(tokenRequest(server, extra));
  if (typeof json.access_token !== 'string') throw new CheckFailed(`${server.label}: the token response has no access_token`);
  return json.access_token;
}

export async function checkIntrospection(server: ServerUnderTest, token: string): Promise<void> {
  const { json } = await send(introspectionRequest(server, token));
  if (json.active !== true) throw new CheckFailed(`${server.label}: introspection of a fresh token answered ${JSON.stringify(json)}`);
}
