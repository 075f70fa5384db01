/**
 * The reference server the protocol benchmarks compare against: oidc-provider 9 with the same
 * client, the same scope and ES256 JWT access tokens, run as a child process of bench/index.ts so
 * its CPU is not shared with the load generator's event loop.
 *
 * Environment: BENCH_PORT, BENCH_CLIENT_ID, BENCH_CLIENT_SECRET. Prints "ready" once listening.
 */
import { generateKeyPairSync, randomBytes, type JsonWebKey } from 'node:crypto';
import http from 'node:http';
import Provider, { errors } from 'oidc-provider';
import { BENCH_SCOPE, JWT_RESOURCE, machineClientMetadata, OPAQUE_RESOURCE } from './fixtures';

const ACCESS_TOKEN_TTL_SECONDS = 3600;

function signingKey(kind: 'ec' | 'rsa', alg: string): JsonWebKey {
  const { privateKey } =
    kind === 'ec' ? generateKeyPairSync('ec', { namedCurve: 'P-256' }) : generateKeyPairSync('rsa', { modulusLength: 2048 });
  return { ...privateKey.export({ format: 'jwk' }), kid: `${alg.toLowerCase()}-${randomBytes(4).toString('hex')}`, alg, use: 'sig' };
}

function requireEnv(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} must be set`);
  return value;
}

function main(): void {
  const port = Number(requireEnv('BENCH_PORT'));
  const issuer = `http://127.0.0.1:${port}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        ...machineClientMetadata,
        client_id: requireEnv('BENCH_CLIENT_ID'),
        client_secret: requireEnv('BENCH_CLIENT_SECRET'),
        redirect_uris: [],
      },
    ],
    // RS256 is the default ID token algorithm of a registered client, so the registration benchmark
    // needs a key for it; ES256 signs the access tokens, as on our server.
    jwks: { keys: [signingKey('ec', 'ES256'), signingKey('rsa', 'RS256')] },
    scopes: [BENCH_SCOPE],
    // Our server's default access token lifetime; stated so the provider does not warn about it.
    ttl: { ClientCredentials: ACCESS_TOKEN_TTL_SECONDS },
    cookies: { keys: [randomBytes(32).toString('base64url')] },
    features: {
      devInteractions: { enabled: false },
      clientCredentials: { enabled: true },
      registration: { enabled: true },
      introspection: {
        enabled: true,
        // The default policy, stated so the provider does not warn about it on every start.
        allowedPolicy: async (_ctx: unknown, client: { clientAuthMethod: string; clientId: string }, token: { clientId: string }) =>
          client.clientAuthMethod !== 'none' || token.clientId === client.clientId,
      },
      resourceIndicators: {
        enabled: true,
        // Without a resource parameter the token is for the JWT resource, as ours always is.
        defaultResource: async () => JWT_RESOURCE,
        useGrantedResource: async () => true,
        getResourceServerInfo: async (_ctx: unknown, resource: string) => {
          if (resource === JWT_RESOURCE) {
            return { scope: BENCH_SCOPE, accessTokenTTL: ACCESS_TOKEN_TTL_SECONDS, accessTokenFormat: 'jwt', jwt: { sign: { alg: 'ES256' } } };
          }
          if (resource === OPAQUE_RESOURCE) {
            return { scope: BENCH_SCOPE, accessTokenTTL: ACCESS_TOKEN_TTL_SECONDS, accessTokenFormat: 'opaque' };
          }
          throw new errors.InvalidTarget();
        },
      },
    },
  });
  // Any 5xx would show up as non-2xx in the results; the cause belongs in the bench's log.
  provider.on('server_error', (_ctx, error) => console.error('server_error:', error instanceof Error ? error.message : error));

  const server = http.createServer(provider.callback());
  server.listen(port, '127.0.0.1', () => console.log('ready'));
  const stop = () => {
    server.close();
    server.closeAllConnections();
    process.exit(0);
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main();
