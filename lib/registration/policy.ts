import { z } from 'zod';
import { buildContext, type AnalyzeContext, type RegistrantKind } from '../metadata';
import type { RegistrationMode } from '../config';

/**
 * What each kind of registrant may register. Admins edit it in the console; it is stored as one
 * setting and turned into the rulebook's context, so the console and the API refuse the same things.
 */
const kindPolicySchema = z.object({
  /** Grant types this registrant may ask for; absent means every supported one. */
  grantTypes: z.array(z.string()).optional(),
  tokenEndpointAuthMethods: z.array(z.string()).optional(),
  /** Hosts redirect URIs may use; empty allows any host. `*.example.com` admits subdomains. */
  allowedRedirectHosts: z.array(z.string()).default([]),
  allowPasswordGrant: z.boolean().default(false),
  requirePkce: z.boolean().default(true),
  /** Live clients one developer (or one initial access token) may own; null is no cap. */
  maxClients: z.number().int().positive().nullable().default(null),
  /** Seconds until an issued client secret expires; null never expires. */
  secretLifetimeSeconds: z.number().int().positive().nullable().default(null),
  requireSoftwareStatement: z.boolean().default(false),
  /**
   * New clients start 'pending' until an admin approves them. Optional rather than defaulted so
   * policies stored before it existed read the same; absent means false.
   */
  requireApproval: z.boolean().optional(),
});

export type KindPolicy = z.output<typeof kindPolicySchema>;

export const registrationPolicySchema = z.object({
  /** Overrides REGISTRATION_MODE once an admin has chosen in the console. */
  mode: z.enum(['open', 'initial-access-token', 'disabled']).optional(),
  /** How long a rotated secret keeps working beside its successor. */
  rotationGraceSeconds: z.number().int().min(0).max(30 * 24 * 3600).default(24 * 3600),
  kinds: z
    .object({
      admin: kindPolicySchema.default(kindPolicySchema.parse({})),
      developer: kindPolicySchema.default(kindPolicySchema.parse({})),
      initial_access_token: kindPolicySchema.default(kindPolicySchema.parse({})),
      // Open registration must not mint credentials that act without a user behind them.
      anonymous: kindPolicySchema.default(
        kindPolicySchema.parse({ grantTypes: ['authorization_code', 'refresh_token', 'urn:ietf:params:oauth:grant-type:device_code'] }),
      ),
    })
    .prefault({}),
});

export type RegistrationPolicySettings = z.output<typeof registrationPolicySchema>;

export const defaultRegistrationPolicy: RegistrationPolicySettings = registrationPolicySchema.parse({});

/** A token's own policy narrows the kind's policy; it never widens it. */
export const tokenPolicySchema = kindPolicySchema.partial();
export type TokenPolicy = z.output<typeof tokenPolicySchema>;

function narrowList(base: readonly string[] | undefined, narrower: readonly string[] | undefined): string[] | undefined {
  if (!narrower) return base ? [...base] : undefined;
  return base ? narrower.filter((item) => base.includes(item)) : [...narrower];
}

export function effectiveKindPolicy(settings: RegistrationPolicySettings, kind: RegistrantKind, tokenPolicy?: TokenPolicy | null): KindPolicy {
  const base = settings.kinds[kind];
  if (!tokenPolicy) return base;
  return {
    ...base,
    grantTypes: narrowList(base.grantTypes, tokenPolicy.grantTypes),
    tokenEndpointAuthMethods: narrowList(base.tokenEndpointAuthMethods, tokenPolicy.tokenEndpointAuthMethods),
    allowedRedirectHosts: tokenPolicy.allowedRedirectHosts?.length ? tokenPolicy.allowedRedirectHosts : base.allowedRedirectHosts,
    allowPasswordGrant: base.allowPasswordGrant && (tokenPolicy.allowPasswordGrant ?? true),
    requirePkce: base.requirePkce || Boolean(tokenPolicy.requirePkce),
    maxClients: tokenPolicy.maxClients ?? base.maxClients,
    secretLifetimeSeconds: tokenPolicy.secretLifetimeSeconds ?? base.secretLifetimeSeconds,
    requireSoftwareStatement: base.requireSoftwareStatement || Boolean(tokenPolicy.requireSoftwareStatement),
  };
}

/** The rulebook context for one registrant under one policy. */
export function analyzeContextFor(kind: RegistrantKind, policy: KindPolicy): AnalyzeContext {
  return buildContext({
    policy: {
      registrant: kind,
      allowPasswordGrant: policy.allowPasswordGrant,
      allowedRedirectHosts: policy.allowedRedirectHosts,
      requirePkce: policy.requirePkce,
      limits: { [kind]: { grantTypes: policy.grantTypes, tokenEndpointAuthMethods: policy.tokenEndpointAuthMethods } },
    },
  });
}

export function effectiveMode(settings: RegistrationPolicySettings, envMode: RegistrationMode): RegistrationMode {
  return settings.mode ?? envMode;
}
