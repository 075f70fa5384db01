import type { ServerCapabilities } from '../capabilities';
import { removeFields } from '../draft';
import { canonicalResponseType } from '../response-types';
import { defineRule, type Rule, type RuleFix } from '../rule';
import { specs } from '../specs';
import type { Subject } from '../subject';
import type { SpecRef } from '../types';

interface SupportedField {
  readonly field: string;
  readonly capability: keyof ServerCapabilities;
  /** Values other rules already explain better. */
  readonly ignore?: readonly string[];
  /** Fields the fix removes; without it the rule offers no fix for this field. */
  readonly drop?: readonly string[];
  /** The value the field falls back to once dropped, which then has to be supported too. */
  readonly fallback?: string;
  /**
   * Judge the value in force even when the client left the field out. Grant and response types
   * derived from one another are what the client asked for in effect; other defaults are the
   * server's own choice and not the client's to answer for.
   */
  readonly effective?: boolean;
}

interface SupportRule {
  readonly id: string;
  readonly summary: string;
  readonly spec: SpecRef;
  readonly fields: readonly SupportedField[];
}

interface Unsupported {
  readonly entry: SupportedField;
  readonly value: string;
  readonly supported: readonly string[];
}

/** An unsupported half of an alg/enc pair takes the other half with it, which would be orphaned. */
function encryption(prefix: string, algField: string, encField: string): SupportedField[] {
  const pair = [`${prefix}${algField}`, `${prefix}${encField}`];
  return [
    { field: `${prefix}${algField}`, capability: 'encryptionAlgs', drop: pair },
    { field: `${prefix}${encField}`, capability: 'encryptionEncs', drop: pair },
  ];
}

const supportRules: readonly SupportRule[] = [
  {
    id: 'grant-type-unsupported',
    summary: 'Grant types are ones the server implements.',
    spec: specs.registrationMetadata,
    fields: [{ field: 'grant_types', capability: 'grantTypes', effective: true }],
  },
  {
    id: 'response-type-unsupported',
    summary: 'Response types are ones the server implements.',
    spec: specs.registrationMetadata,
    fields: [{ field: 'response_types', capability: 'responseTypes', effective: true }],
  },
  {
    id: 'auth-method-unsupported',
    summary: 'token_endpoint_auth_method is one the server implements.',
    spec: specs.registrationMetadata,
    fields: [{ field: 'token_endpoint_auth_method', capability: 'tokenEndpointAuthMethods' }],
  },
  {
    id: 'signing-alg-unsupported',
    summary: 'Signing algorithms are ones the server implements.',
    spec: specs.oidcRegistration,
    fields: [
      { field: 'token_endpoint_auth_signing_alg', capability: 'tokenEndpointAuthSigningAlgs', ignore: ['none'], drop: ['token_endpoint_auth_signing_alg'] },
      { field: 'id_token_signed_response_alg', capability: 'idTokenSigningAlgs', drop: ['id_token_signed_response_alg'], fallback: 'RS256' },
      { field: 'userinfo_signed_response_alg', capability: 'userinfoSigningAlgs', drop: ['userinfo_signed_response_alg'] },
      { field: 'request_object_signing_alg', capability: 'requestObjectSigningAlgs', drop: ['request_object_signing_alg'] },
    ],
  },
  {
    id: 'encryption-alg-unsupported',
    summary: 'Encryption algorithms and content encodings are ones the server implements.',
    spec: specs.oidcRegistration,
    fields: [
      ...encryption('id_token_', 'encrypted_response_alg', 'encrypted_response_enc'),
      ...encryption('userinfo_', 'encrypted_response_alg', 'encrypted_response_enc'),
      ...encryption('request_object_', 'encryption_alg', 'encryption_enc'),
    ],
  },
  {
    id: 'subject-type-unsupported',
    summary: 'subject_type is one the server implements.',
    spec: specs.oidcRegistration,
    fields: [{ field: 'subject_type', capability: 'subjectTypes', drop: ['subject_type'], fallback: 'public' }],
  },
  {
    id: 'application-type-unsupported',
    summary: 'application_type is web or native.',
    spec: specs.oidcRegistration,
    fields: [{ field: 'application_type', capability: 'applicationTypes' }],
  },
];

// Response types are compared by their words, in any order; the canonical set of a capability list
// is computed once per list.
const canonicalSets = new WeakMap<readonly string[], ReadonlySet<string>>();

function canonicalSet(values: readonly string[]): ReadonlySet<string> {
  let set = canonicalSets.get(values);
  if (!set) {
    set = new Set(values.map(canonicalResponseType));
    canonicalSets.set(values, set);
  }
  return set;
}

function valuesToJudge(subject: Subject, { field, effective }: SupportedField): { value: string; path: string }[] {
  if (!effective && !subject.given.has(field)) return [];
  const value = (subject.metadata as Record<string, unknown>)[field];
  if (typeof value === 'string') return [{ value, path: field }];
  if (!Array.isArray(value)) return [];
  return value.map((item: string, index) => ({ value: item, path: subject.pathOf(field, index) }));
}

const removeUnsupported: RuleFix<Unsupported> = {
  label: 'Remove the unsupported value',
  available: ({ entry }, _subject, context) =>
    entry.drop !== undefined &&
    (entry.fallback === undefined || context.supported[entry.capability].includes(entry.fallback)),
  apply: (draft, { entry }) => removeFields(draft, ...(entry.drop ?? [])),
};

function defineSupportRule({ id, summary, spec, fields }: SupportRule): Rule {
  return defineRule<Unsupported>({
    id,
    severity: 'error',
    summary,
    fields: fields.map(({ field }) => field),
    spec,
    oauthError: 'invalid_client_metadata',
    check(subject, context) {
      const hits = [];
      for (const entry of fields) {
        const supported = context.supported[entry.capability];
        const known = entry.capability === 'responseTypes' ? canonicalSet(supported) : undefined;
        for (const { value, path } of valuesToJudge(subject, entry)) {
          const isSupported = known ? known.has(value) : supported.includes(value);
          if (!isSupported && !entry.ignore?.includes(value)) {
            hits.push({ fields: [path], details: { entry, value, supported } });
          }
        }
      }
      return hits;
    },
    message: ({ entry, value, supported }) =>
      `${entry.field} "${value}" is not supported by this server. Supported: ${supported.join(', ') || 'none'}.`,
    ...(fields.some((entry) => entry.drop) ? { fix: removeUnsupported } : {}),
  });
}

export const capabilityRules: readonly Rule[] = supportRules.map(defineSupportRule);
