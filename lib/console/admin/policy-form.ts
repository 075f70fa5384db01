import { z } from 'zod';
import { serverCapabilities } from '@/lib/metadata/capabilities';
import type { KindPolicy, RegistrationPolicySettings } from '@/lib/registration/policy';
import { hostListField, joinList, optionalWholeNumber } from './form-fields';

export const registrantKinds = ['admin', 'developer', 'initial_access_token', 'anonymous'] as const;
export type RegistrantKindKey = (typeof registrantKinds)[number];

export const registrantKindLabels: Record<RegistrantKindKey, string> = {
  admin: 'Admins (console)',
  developer: 'Developers (console)',
  initial_access_token: 'Initial access token holders',
  anonymous: 'Open (anonymous) registration',
};

const grantTypes = serverCapabilities.grantTypes;
const authMethods = serverCapabilities.tokenEndpointAuthMethods;

const kindFormSchema = z.object({
  grantTypes: z.array(z.enum(grantTypes)),
  tokenEndpointAuthMethods: z.array(z.enum(authMethods)),
  allowedRedirectHosts: hostListField,
  allowPasswordGrant: z.boolean(),
  requirePkce: z.boolean(),
  maxClients: optionalWholeNumber('Max clients', { max: 1_000_000 }),
  secretLifetimeSeconds: optionalWholeNumber('Secret lifetime', { max: 10 * 366 * 24 * 3600 }),
  requireSoftwareStatement: z.boolean(),
});

/** The policy form, field for field the stored policy, but with numbers and host lists as typed. */
export const policyFormSchema = z.object({
  rotationGraceSeconds: optionalWholeNumber('Rotation grace', { min: 0, max: 30 * 24 * 3600 }).refine(
    (value) => value !== undefined,
    'Rotation grace is required (0 for none)',
  ),
  kinds: z.object({
    admin: kindFormSchema,
    developer: kindFormSchema,
    initial_access_token: kindFormSchema,
    anonymous: kindFormSchema,
  }),
});

export type PolicyForm = z.input<typeof policyFormSchema>;
export type PolicyFormOutput = z.output<typeof policyFormSchema>;
type KindForm = z.input<typeof kindFormSchema>;

/**
 * Every box checked is stored as "no limit", which also admits grant types and methods the server
 * learns later; a partial selection is stored as that list.
 */
function limitFromChecked<T extends string>(checked: readonly T[], all: readonly T[]): T[] | undefined {
  return all.every((item) => checked.includes(item)) ? undefined : [...checked];
}

function kindToForm(policy: KindPolicy): KindForm {
  return {
    grantTypes: (policy.grantTypes ?? grantTypes).filter((item): item is (typeof grantTypes)[number] => grantTypes.includes(item as never)),
    tokenEndpointAuthMethods: (policy.tokenEndpointAuthMethods ?? authMethods).filter((item): item is (typeof authMethods)[number] =>
      authMethods.includes(item as never),
    ),
    allowedRedirectHosts: joinList(policy.allowedRedirectHosts),
    allowPasswordGrant: policy.allowPasswordGrant,
    requirePkce: policy.requirePkce,
    maxClients: policy.maxClients === null ? '' : String(policy.maxClients),
    secretLifetimeSeconds: policy.secretLifetimeSeconds === null ? '' : String(policy.secretLifetimeSeconds),
    requireSoftwareStatement: policy.requireSoftwareStatement,
  };
}

export function policyToForm(policy: RegistrationPolicySettings): PolicyForm {
  return {
    rotationGraceSeconds: String(policy.rotationGraceSeconds),
    kinds: {
      admin: kindToForm(policy.kinds.admin),
      developer: kindToForm(policy.kinds.developer),
      initial_access_token: kindToForm(policy.kinds.initial_access_token),
      anonymous: kindToForm(policy.kinds.anonymous),
    },
  };
}

/** A kind's policy from the form; settings edited elsewhere (approval, on the sign-up form) are kept. */
function kindFromForm(form: z.output<typeof kindFormSchema>, current: KindPolicy): KindPolicy {
  return {
    ...current,
    grantTypes: limitFromChecked(form.grantTypes, grantTypes),
    tokenEndpointAuthMethods: limitFromChecked(form.tokenEndpointAuthMethods, authMethods),
    allowedRedirectHosts: form.allowedRedirectHosts,
    allowPasswordGrant: form.allowPasswordGrant,
    requirePkce: form.requirePkce,
    maxClients: form.maxClients ?? null,
    secretLifetimeSeconds: form.secretLifetimeSeconds ?? null,
    requireSoftwareStatement: form.requireSoftwareStatement,
  };
}

/** The form's values applied to the stored policy; the mode is set by its own form and kept. */
export function policyFromForm(form: PolicyFormOutput, current: RegistrationPolicySettings): RegistrationPolicySettings {
  return {
    mode: current.mode,
    rotationGraceSeconds: form.rotationGraceSeconds ?? current.rotationGraceSeconds,
    kinds: {
      admin: kindFromForm(form.kinds.admin, current.kinds.admin),
      developer: kindFromForm(form.kinds.developer, current.kinds.developer),
      initial_access_token: kindFromForm(form.kinds.initial_access_token, current.kinds.initial_access_token),
      anonymous: kindFromForm(form.kinds.anonymous, current.kinds.anonymous),
    },
  };
}
