import { jwksAnswer } from '../keys';
import { decodePathSegment } from '../net/path-segment';
import type { ProtocolAnswer } from '../oauth/answer';
import { deviceAuthorizationAnswer } from '../oauth/device/authorization-endpoint';
import { discoveryAnswer } from '../oauth/discovery-handler';
import { userinfoAnswer } from '../oauth/userinfo';
import { introspectionAnswer } from '../oauth/token/introspection-endpoint';
import { revocationAnswer } from '../oauth/token/revocation-endpoint';
import { tokenRuntime } from '../oauth/token/runtime';
import { tokenAnswer } from '../oauth/token/token-endpoint';
import { clientConfigurationAnswer, registrationAnswer, type RequestContext } from '../registration/http/handlers';
import { registrationRuntime } from '../registration/runtime-deps';
import { healthHandler } from './health';

/** A protocol answer, or a Response from a handler that builds its own. */
export type ProtocolResult = ProtocolAnswer | Response;

type ProtocolHandler = (request: Request, context: RequestContext, params: string[]) => Promise<ProtocolResult>;

interface Route {
  pattern: RegExp;
  handler: ProtocolHandler;
}

/**
 * Protocol endpoints the production server answers before Next.js's request pipeline. The same
 * handlers are mounted as route.ts files under app/ (there through their Response-returning
 * `handle…` forms), so both paths behave the same.
 */
const routes: Route[] = [
  { pattern: /^\/\.well-known\/(openid-configuration|oauth-authorization-server)$/, handler: () => discoveryAnswer() },
  { pattern: /^\/oauth\/register$/, handler: async (request, context) => registrationAnswer(await registrationRuntime(), request, context) },
  {
    pattern: /^\/oauth\/register\/([^/]+)$/,
    handler: async (request, context, [clientId]) =>
      clientConfigurationAnswer(await registrationRuntime(), request, decodePathSegment(clientId!), context),
  },
  { pattern: /^\/oauth\/token$/, handler: async (request) => tokenAnswer(await tokenRuntime(), request) },
  { pattern: /^\/oauth\/device_authorization$/, handler: async (request) => deviceAuthorizationAnswer(await tokenRuntime(), request) },
  { pattern: /^\/oauth\/introspect$/, handler: async (request) => introspectionAnswer(await tokenRuntime(), request) },
  { pattern: /^\/oauth\/revoke$/, handler: async (request) => revocationAnswer(await tokenRuntime(), request) },
  { pattern: /^\/oauth\/jwks$/, handler: () => jwksAnswer() },
  { pattern: /^\/oauth\/userinfo$/, handler: async (request) => userinfoAnswer(await tokenRuntime(), request) },
  { pattern: /^\/api\/health$/, handler: () => healthHandler() },
];

export function matchProtocolRoute(pathname: string): ((request: Request, context: RequestContext) => Promise<ProtocolResult>) | null {
  for (const route of routes) {
    const match = route.pattern.exec(pathname);
    if (match) return (request, context) => route.handler(request, context, match.slice(1));
  }
  return null;
}
