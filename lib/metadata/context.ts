import { DEVICE_CODE_GRANT, serverCapabilities, type ServerCapabilities } from './capabilities';

export type RegistrantKind = 'admin' | 'developer' | 'anonymous' | 'initial_access_token';

/** Narrower lists for one kind of registrant; an absent list means "anything supported". */
export interface RegistrantLimits {
  readonly grantTypes?: readonly string[];
  readonly tokenEndpointAuthMethods?: readonly string[];
}

export interface RegistrationPolicy {
  readonly registrant: RegistrantKind;
  readonly allowPasswordGrant: boolean;
  /**
   * Hosts redirect URIs may point to; empty allows any. `*.example.com` admits subdomains of
   * example.com (not example.com itself). Loopback and private-use scheme URIs are not hosts the
   * server can vouch for either way, so they are exempt.
   */
  readonly allowedRedirectHosts: readonly string[];
  /** The server will demand PKCE (S256) on every authorization code request. */
  readonly requirePkce: boolean;
  readonly limits: Readonly<Partial<Record<RegistrantKind, RegistrantLimits>>>;
}

export interface AnalyzeContext {
  readonly supported: ServerCapabilities;
  readonly policy: RegistrationPolicy;
}

export interface AnalyzeContextInput {
  readonly supported?: Partial<ServerCapabilities>;
  readonly policy?: Partial<RegistrationPolicy>;
}

export const defaultPolicy: RegistrationPolicy = {
  registrant: 'developer',
  allowPasswordGrant: false,
  allowedRedirectHosts: [],
  requirePkce: true,
  limits: {
    // Open registration must not mint credentials that act without a user behind them.
    anonymous: {
      grantTypes: ['authorization_code', 'refresh_token', 'implicit', DEVICE_CODE_GRANT],
    },
  },
};

export const defaultContext: AnalyzeContext = { supported: serverCapabilities, policy: defaultPolicy };

/** Completes a partial context section by section; a list given replaces the default list. */
export function buildContext(input: AnalyzeContextInput = {}): AnalyzeContext {
  return {
    supported: { ...serverCapabilities, ...input.supported },
    policy: { ...defaultPolicy, ...input.policy },
  };
}

export function isGrantAllowed(context: AnalyzeContext, grant: string): boolean {
  if (!context.supported.grantTypes.includes(grant)) return false;
  if (grant === 'password' && !context.policy.allowPasswordGrant) return false;
  const limit = context.policy.limits[context.policy.registrant]?.grantTypes;
  return limit === undefined || limit.includes(grant);
}

export function isAuthMethodAllowed(context: AnalyzeContext, method: string): boolean {
  if (!context.supported.tokenEndpointAuthMethods.includes(method)) return false;
  const limit = context.policy.limits[context.policy.registrant]?.tokenEndpointAuthMethods;
  return limit === undefined || limit.includes(method);
}

const REGISTRANT_LABELS: Readonly<Record<string, string>> = {
  admin: 'administrators',
  developer: 'developers',
  anonymous: 'open (anonymous) registration',
  initial_access_token: 'registration with an initial access token',
};

/** Who a policy limit applies to, in words, as findings and the console's form name them. */
export function registrantLabel(registrant: string): string {
  return REGISTRANT_LABELS[registrant] ?? registrant;
}
