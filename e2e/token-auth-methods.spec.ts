import { expect, test } from '@playwright/test';
import { createRemoteJWKSet, exportJWK, generateKeyPair, jwtVerify } from 'jose';
import * as client from 'openid-client';
import { cli } from './cli';

/**
 * Every token endpoint auth method, exercised the way real deployments do: openid-client
 * registers the client dynamically, authenticates with the method the client registered, and the
 * access token is verified with jose against the server's published JWKS.
 */
const insecure = { execute: [client.allowInsecureRequests] };

async function registerAndGetToken(issuer: URL, token: string, metadata: Partial<client.ClientMetadata>, auth: (registered: client.ClientMetadata) => client.ClientAuth) {
  const registered = (
    await client.dynamicClientRegistration(issuer, { client_name: `m2m ${metadata.token_endpoint_auth_method}`, grant_types: ['client_credentials'], scope: 'inventory:read', ...metadata }, undefined, {
      ...insecure,
      initialAccessToken: token,
    })
  ).clientMetadata();
  const configuration = await client.discovery(issuer, registered.client_id, registered, auth(registered), insecure);
  return { registered, tokens: await client.clientCredentialsGrant(configuration, { scope: 'inventory:read' }) };
}

test('each confidential auth method obtains a client_credentials token that verifies against the JWKS', async ({ baseURL }) => {
  const issuer = new URL(baseURL!);
  const { token } = cli(['initial-access-token', 'create', '--expires-in', '600', '--max-uses', '10']);
  const jwks = createRemoteJWKSet(new URL(`${baseURL}/oauth/jwks`));
  const signer = await generateKeyPair('ES256', { extractable: true });
  const publicJwk = { ...(await exportJWK(signer.publicKey)), kid: 'e2e-key', alg: 'ES256', use: 'sig' };

  const cases: Array<[string, Partial<client.ClientMetadata>, (registered: client.ClientMetadata) => client.ClientAuth]> = [
    ['client_secret_basic', {}, (registered) => client.ClientSecretBasic(String(registered.client_secret))],
    ['client_secret_post', { token_endpoint_auth_method: 'client_secret_post' }, (registered) => client.ClientSecretPost(String(registered.client_secret))],
    [
      'client_secret_jwt',
      { token_endpoint_auth_method: 'client_secret_jwt', token_endpoint_auth_signing_alg: 'HS256' },
      (registered) => client.ClientSecretJwt(String(registered.client_secret)),
    ],
    [
      'private_key_jwt',
      { token_endpoint_auth_method: 'private_key_jwt', token_endpoint_auth_signing_alg: 'ES256', jwks: { keys: [publicJwk] } },
      () => client.PrivateKeyJwt({ key: signer.privateKey, kid: 'e2e-key' }),
    ],
  ];

  for (const [method, metadata, auth] of cases) {
    const { registered, tokens } = await registerAndGetToken(issuer, String(token), metadata, auth);
    expect(registered.token_endpoint_auth_method, method).toBe(method);
    expect(tokens.token_type.toLowerCase(), method).toBe('bearer');
    const { payload, protectedHeader } = await jwtVerify(tokens.access_token, jwks, { issuer: baseURL, typ: 'at+jwt' });
    expect(protectedHeader.alg, method).toBe('ES256');
    expect(payload, method).toMatchObject({ client_id: registered.client_id, sub: registered.client_id, scope: 'inventory:read' });
  }

  // The fifth method, none, belongs to public clients, which have no credentials for this grant
  // (RFC 6749 §4.4): the registration itself is refused with the rulebook's reason.
  await expect(
    client.dynamicClientRegistration(issuer, { grant_types: ['client_credentials'], token_endpoint_auth_method: 'none' }, undefined, {
      ...insecure,
      initialAccessToken: String(token),
    }),
  ).rejects.toMatchObject({ error: 'invalid_client_metadata' });
});

test('a client registered for none authenticates with its client_id alone, and is refused a secret-only grant', async ({ baseURL }) => {
  const issuer = new URL(baseURL!);
  const { token } = cli(['initial-access-token', 'create', '--expires-in', '600', '--max-uses', '1']);
  const registered = (
    await client.dynamicClientRegistration(
      issuer,
      { client_name: 'SPA', redirect_uris: ['https://spa.example.com/cb'], token_endpoint_auth_method: 'none' },
      undefined,
      { ...insecure, initialAccessToken: String(token) },
    )
  ).clientMetadata();
  expect(registered.client_secret).toBeUndefined();
  const configuration = await client.discovery(issuer, registered.client_id, registered, client.None(), insecure);
  // Client authentication succeeds (only the client_id), and the grant check then answers.
  await expect(client.clientCredentialsGrant(configuration)).rejects.toMatchObject({ error: 'unauthorized_client' });
});
