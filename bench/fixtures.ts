/**
 * What every server under test is asked: the same client, the same scope and the same bodies, so a
 * difference in the numbers is a difference in the servers.
 */

export const BENCH_SCOPE = 'api:read';

/** The machine client the token and introspection benchmarks authenticate as. */
export const machineClientMetadata = {
  client_name: 'bench',
  grant_types: ['client_credentials'],
  response_types: [],
  token_endpoint_auth_method: 'client_secret_basic',
  scope: BENCH_SCOPE,
} as const;

/**
 * The body of the registration benchmark. Open registration on our server refuses
 * client_credentials (an anonymous registrant must not mint credentials that act without a user),
 * so every server is asked for the kind of client open registration exists for: a confidential
 * web client using the authorization code grant.
 */
export const openRegistrationMetadata = {
  client_name: 'bench',
  redirect_uris: ['https://app.bench.example/callback'],
  grant_types: ['authorization_code'],
  response_types: ['code'],
  token_endpoint_auth_method: 'client_secret_basic',
  scope: BENCH_SCOPE,
} as const;

/** The token request body. The scope is explicit because oidc-provider grants none without it. */
export const tokenRequestBody = new URLSearchParams({ grant_type: 'client_credentials', scope: BENCH_SCOPE }).toString();

/** oidc-provider: tokens for this resource are ES256-signed JWTs, the format our server issues. */
export const JWT_RESOURCE = 'urn:bench:api';
/**
 * oidc-provider refuses to introspect JWT access tokens, so its introspection benchmark uses a token
 * for this resource: an opaque handle kept in its in-memory store.
 */
export const OPAQUE_RESOURCE = 'urn:bench:opaque';

/** application/x-www-form-urlencoded encoding of one value, as RFC 6749 Appendix B asks for Basic credentials. */
export function formEncode(value: string): string {
  return new URLSearchParams([['', value]]).toString().slice(1);
}

export function basicAuthorization(clientId: string, clientSecret: string): string {
  return `Basic ${Buffer.from(`${formEncode(clientId)}:${formEncode(clientSecret)}`).toString('base64')}`;
}
