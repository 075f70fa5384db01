import { expect, test } from '@playwright/test';
import * as oauth from 'oauth4webapi';
import * as client from 'openid-client';
import { cli } from './cli';

/**
 * Registration driven by client libraries this project did not write: openid-client discovers
 * the server and registers, oauth4webapi manages the client over RFC 7592.
 */
test('openid-client registers through discovery and oauth4webapi manages the client', async ({ baseURL }) => {
  const issuer = new URL(baseURL!);
  const { token } = cli(['initial-access-token', 'create', '--expires-in', '600', '--max-uses', '1']);

  const configuration = await client.dynamicClientRegistration(
    issuer,
    { client_name: 'Library client', redirect_uris: ['https://library.example.com/cb'], grant_types: ['authorization_code'], response_types: ['code'] },
    undefined,
    { initialAccessToken: String(token), execute: [client.allowInsecureRequests] },
  );
  expect(configuration.serverMetadata().registration_endpoint).toBe(`${baseURL}/oauth/register`);
  const registered = configuration.clientMetadata();
  expect(registered.client_id).toMatch(/^[A-Za-z0-9_-]{22}$/);
  expect(registered.client_secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
  expect(registered.client_name).toBe('Library client');
  const registrationUri = new URL(String(registered.registration_client_uri));
  const registrationToken = String(registered.registration_access_token);

  const options = { [oauth.allowInsecureRequests]: true };
  const read = await oauth.protectedResourceRequest(registrationToken, 'GET', registrationUri, undefined, undefined, options);
  expect(read.status).toBe(200);
  expect(await read.json()).toMatchObject({ client_id: registered.client_id, client_name: 'Library client' });

  const updated = await oauth.protectedResourceRequest(
    registrationToken,
    'PUT',
    registrationUri,
    new Headers({ 'content-type': 'application/json' }),
    JSON.stringify({ client_id: registered.client_id, client_name: 'Renamed by library', redirect_uris: ['https://library.example.com/cb'] }),
    options,
  );
  expect(updated.status).toBe(200);
  const afterUpdate = (await updated.json()) as Record<string, string>;
  expect(afterUpdate.client_name).toBe('Renamed by library');
  expect(afterUpdate.registration_access_token).not.toBe(registrationToken);

  // The initial access token allowed one registration only.
  await expect(
    client.dynamicClientRegistration(issuer, { redirect_uris: ['https://library.example.com/cb'] }, undefined, {
      initialAccessToken: String(token),
      execute: [client.allowInsecureRequests],
    }),
  ).rejects.toThrow();

  const removed = await oauth.protectedResourceRequest(afterUpdate.registration_access_token!, 'DELETE', registrationUri, undefined, undefined, options);
  expect(removed.status).toBe(204);
  // Once deleted, the token is refused with an RFC 6750 challenge that the library parses.
  const gone = oauth.protectedResourceRequest(afterUpdate.registration_access_token!, 'GET', registrationUri, undefined, undefined, options);
  await expect(gone).rejects.toMatchObject({
    status: 401,
    cause: [expect.objectContaining({ scheme: 'bearer', parameters: expect.objectContaining({ error: 'invalid_token' }) })],
  });
});
