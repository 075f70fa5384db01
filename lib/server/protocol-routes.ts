import { handleJwks } from '../keys';
import { decodePathSegment } from '../net/path-segment';
import { handleDeviceAuthorization } from '../oauth/device/authorization-endpoint';
import { handleDiscovery } from '../oauth/discovery-handler';
import { handleUserinfo } from '../oauth/userinfo';
import { handleIntrospection } from '../oauth/token/introspection-endpoint';
import { handleRevocation } from '../oauth/token/revocation-endpoint';
import { tokenRuntime } from '../oauth/token/runtime';
import { handleToken } from '../oauth/token/token-endpoint';
import { handleClientConfiguration, handleRegistration, type RequestContext } from '../registration/http/handlers';
import { registrationRuntime } from '../registration/runtime-deps';
import { healthHandler } from './health';

type ProtocolHandler = (request: Request, context: RequestContext, params: string[]) => Promise<Response>;

interface Route {
  pattern: RegExp;
  handler: ProtocolHandler;
}

/**
 * Protocol endpoints the production server answers before Next.js's request pipeline. The same
 * handler functions are mounted as route.ts files under app/, so both paths behave the same.
 */
const routes: Route[] = [
  { pattern: /^\/\.well-known\/(openid-configuration|oauth-authorization-server)$/, handler: () => handleDiscovery() },
  { pattern: /^\/oauth\/register$/, handler: async (request, context) => handleRegistration(await registrationRuntime(), request, context) },
  {
    pattern: /^\/oauth\/register\/([^/]+)$/,
    handler: async (request, context, [clientId]) =>
      handleClientConfiguration(await registrationRuntime(), request, decodePathSegment(clientId!), context),
  },
  { pattern: /^\/oauth\/token$/, handler: async (request) => handleToken(await tokenRuntime(), request) },
  { pattern: /^\/oauth\/device_authorization$/, handler: async (request) => handleDeviceAuthorization(await tokenRuntime(), request) },
  { pattern: /^\/oauth\/introspect$/, handler: async (request) => handleIntrospection(await tokenRuntime(), request) },
  { pattern: /^\/oauth\/revoke$/, handler: async (request) => handleRevocation(await tokenRuntime(), request) },
  { pattern: /^\/oauth\/jwks$/, handler: () => handleJwks() },
  { pattern: /^\/oauth\/userinfo$/, handler: async (request) => handleUserinfo(await tokenRuntime(), request) },
  { pattern: /^\/api\/health$/, handler: () => healthHandler() },
];

export function matchProtocolRoute(pathname: string): ((request: Request, context: RequestContext) => Promise<Response>) | null {
  for (const route of routes) {
    const match = route.pattern.exec(pathname);
    if (match) return (request, context) => route.handler(request, context, match.slice(1));
  }
  return null;
}
