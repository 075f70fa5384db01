import { readConfig, type RegistrationMode } from '@/lib/config';
import { createSecretBox } from '@/lib/crypto/secret-box';
import type { Db } from '@/lib/db/client';
import { safeFetchJson, type SafeFetchOptions } from '@/lib/net/safe-fetch';
import { handleClientConfiguration, handleRegistration } from '@/lib/registration/http/handlers';
import type { RegistrationRuntime } from '@/lib/registration/runtime-deps';
import { ensureSigningKeys } from '@/lib/keys';
import type { TokenRuntime } from '@/lib/oauth/token/runtime';

export const ISSUER = 'https://issuer.test';
export const MASTER_SECRET = 'integration-master-secret-integration-master';

/** The registration handlers wired to a test database, called as the HTTP mounts call them. */
export function testRuntime(
  db: Db,
  options: { mode?: RegistrationMode; fetch?: SafeFetchOptions; fetchJson?: (url: string) => Promise<unknown> } = {},
): RegistrationRuntime {
  return {
    config: readConfig({ APP_URL: ISSUER, REGISTRATION_MODE: options.mode ?? 'initial-access-token' } as unknown as NodeJS.ProcessEnv),
    db,
    issuer: ISSUER,
    secretBox: createSecretBox(MASTER_SECRET, 'client-secret'),
    fetchJson: options.fetchJson ?? ((url) => safeFetchJson(url, options.fetch)),
  };
}

export interface CallOptions {
  token?: string;
  body?: unknown;
  rawBody?: string | Uint8Array<ArrayBuffer>;
  contentType?: string;
  method?: string;
  headers?: Record<string, string>;
}

function buildRequest(url: string, { token, body, rawBody, contentType, method, headers }: CallOptions): Request {
  const init: RequestInit = {
    method: method ?? 'POST',
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(body !== undefined || rawBody !== undefined ? { 'content-type': contentType ?? 'application/json' } : {}),
      ...headers,
    },
  };
  if (rawBody !== undefined) init.body = rawBody;
  else if (body !== undefined) init.body = JSON.stringify(body);
  return new Request(url, init);
}

export async function callRegister(runtime: RegistrationRuntime, options: CallOptions) {
  const response = await handleRegistration(runtime, buildRequest(`${ISSUER}/oauth/register`, options), { ip: '192.0.2.7' });
  return { response, json: (await response.json().catch(() => null)) as Record<string, unknown> };
}

export async function callConfiguration(runtime: RegistrationRuntime, clientId: string, options: CallOptions) {
  const request = buildRequest(`${ISSUER}/oauth/register/${clientId}`, { method: 'GET', ...options });
  const response = await handleClientConfiguration(runtime, request, clientId, { ip: '192.0.2.7' });
  return { response, json: (await response.json().catch(() => null)) as Record<string, unknown> };
}

/**
 * The token, authorization, introspection and device endpoints' runtime on a test database, with
 * the server's signing keys created. Nothing is fetched from the network in these tests.
 */
export async function testTokenRuntime(db: Db, overrides: Partial<TokenRuntime> = {}): Promise<TokenRuntime> {
  await ensureSigningKeys(db, createSecretBox(MASTER_SECRET, 'signing-key'));
  return {
    db,
    issuer: ISSUER,
    secretBox: createSecretBox(MASTER_SECRET, 'client-secret'),
    keyBox: createSecretBox(MASTER_SECRET, 'signing-key'),
    fetchJson: async () => {
      throw new Error('no network in this test');
    },
    accessTokenAlg: 'ES256',
    pairwiseSalt: 'test-pairwise-salt',
    rotateConfidentialRefreshTokens: true,
    defaultAccessTokenLifetimeSeconds: 900,
    ...overrides,
  };
}
