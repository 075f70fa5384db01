import { isHmacAlg, isSymmetricKeyManagement } from '../algorithms';
import { isAuthMethodAllowed } from '../context';
import { editFlows, removeFields, setField, withoutGrant } from '../draft';
import { defineRule, type Rule } from '../rule';
import { specs } from '../specs';
import { pathsOfValue, type Subject } from '../subject';
import type { MetadataDraft } from '../types';

const SECRET_METHODS: ReadonlySet<string> = new Set(['client_secret_basic', 'client_secret_post', 'client_secret_jwt']);

/** Fields whose algorithm, if keyed by the client secret, a client without a secret cannot use. */
const secretKeyedFields = [
  { field: 'id_token_signed_response_alg', keyedBySecret: isHmacAlg, drop: [] as string[] },
  { field: 'userinfo_signed_response_alg', keyedBySecret: isHmacAlg, drop: [] as string[] },
  { field: 'request_object_signing_alg', keyedBySecret: isHmacAlg, drop: [] as string[] },
  { field: 'id_token_encrypted_response_alg', keyedBySecret: isSymmetricKeyManagement, drop: ['id_token_encrypted_response_enc'] },
  { field: 'userinfo_encrypted_response_alg', keyedBySecret: isSymmetricKeyManagement, drop: ['userinfo_encrypted_response_enc'] },
  { field: 'request_object_encryption_alg', keyedBySecret: isSymmetricKeyManagement, drop: ['request_object_encryption_enc'] },
] as const;

function secretKeyedValues(subject: Subject): string[] {
  const metadata = subject.metadata as Record<string, unknown>;
  return secretKeyedFields
    .filter(({ field, keyedBySecret }) => {
      const value = metadata[field];
      return typeof value === 'string' && keyedBySecret(value);
    })
    .map(({ field }) => field);
}

/** ID tokens fall back to RS256, which every OpenID provider supports; the other fields simply go. */
function dropSecretKeyedAlgs(draft: MetadataDraft): MetadataDraft {
  for (const { field, keyedBySecret, drop } of secretKeyedFields) {
    const value = draft[field];
    if (typeof value !== 'string' || !keyedBySecret(value)) continue;
    if (field === 'id_token_signed_response_alg') draft[field] = 'RS256';
    else removeFields(draft, field, ...drop);
  }
  return draft;
}

function makePublic(draft: MetadataDraft): MetadataDraft {
  draft.token_endpoint_auth_method = 'none';
  removeFields(draft, 'token_endpoint_auth_signing_alg');
  dropSecretKeyedAlgs(draft);
  const grants = draft.grant_types;
  return Array.isArray(grants) && grants.includes('client_credentials')
    ? editFlows(draft, (flows) => withoutGrant(flows, 'client_credentials'))
    : draft;
}

/** A web client that only receives tokens in the browser: its code runs where users can read it. */
function isBrowserOnly(subject: Subject): boolean {
  return (
    !subject.native &&
    subject.usesImplicit &&
    subject.responseTypes.length > 0 &&
    subject.responseTypes.every((entry) => !entry.words.has('code'))
  );
}

const isPublic = (subject: Subject) => subject.metadata.token_endpoint_auth_method === 'none';

export const publicClientRules: readonly Rule[] = [
  defineRule({
    id: 'public-client-credentials-grant',
    severity: 'error',
    summary: 'Clients without credentials (token_endpoint_auth_method none) cannot use the client_credentials grant.',
    fields: ['token_endpoint_auth_method', 'grant_types[]'],
    spec: specs.oauthClientCredentials,
    oauthError: 'invalid_client_metadata',
    check: (subject) =>
      isPublic(subject) && subject.grants.has('client_credentials')
        ? [{ fields: ['token_endpoint_auth_method', ...pathsOfValue(subject, 'grant_types', 'client_credentials')], details: undefined }]
        : [],
    message:
      'The client_credentials grant authenticates the client and nothing else, so a client registered without ' +
      'credentials (token_endpoint_auth_method none) could never use it.',
    fix: {
      label: 'Authenticate with client_secret_basic',
      available: (_details, _subject, context) => isAuthMethodAllowed(context, 'client_secret_basic'),
      apply: (draft) => setField(draft, 'token_endpoint_auth_method', 'client_secret_basic'),
    },
  }),
  defineRule<readonly string[]>({
    id: 'public-client-secret-keyed-alg',
    severity: 'error',
    summary: 'Clients without a secret use no algorithm keyed by the client secret (HS256, dir, A128KW…).',
    fields: secretKeyedFields.map(({ field }) => field),
    spec: specs.oidcSigning,
    oauthError: 'invalid_client_metadata',
    check: (subject) => {
      if (!isPublic(subject)) return [];
      const fields = secretKeyedValues(subject);
      return fields.length > 0 ? [{ fields, details: fields }] : [];
    },
    message: (fields) =>
      `${fields.join(', ')} would be keyed by the client secret, but this client has none ` +
      '(token_endpoint_auth_method none). Use an asymmetric algorithm such as RS256.',
    fix: {
      label: 'Use algorithms that need no client secret',
      available: (_fields, _subject, context) => context.supported.idTokenSigningAlgs.includes('RS256'),
      apply: dropSecretKeyedAlgs,
    },
  }),
  defineRule<'native' | 'browser'>({
    id: 'secret-in-public-app',
    severity: 'warning',
    summary: 'Native apps and browser-only apps cannot keep a client secret, so they register as public clients and use PKCE.',
    fields: ['token_endpoint_auth_method', 'application_type'],
    spec: specs.nativeClientAuth,
    oauthError: 'invalid_client_metadata',
    check: (subject) => {
      if (!SECRET_METHODS.has(subject.metadata.token_endpoint_auth_method)) return [];
      const kind = subject.native ? 'native' : isBrowserOnly(subject) ? 'browser' : undefined;
      return kind ? [{ fields: ['token_endpoint_auth_method'], details: kind }] : [];
    },
    message: (kind) =>
      `${kind === 'native' ? 'A native app ships to every user\'s device' : 'A browser-only app ships its code to every visitor'}, ` +
      'so a client secret inside it is readable by anyone and proves nothing. Register it as a public client ' +
      '(token_endpoint_auth_method none) and protect the code flow with PKCE.',
    fix: {
      label: 'Make it a public client with PKCE',
      available: (_kind, _subject, context) =>
        isAuthMethodAllowed(context, 'none') && context.supported.idTokenSigningAlgs.includes('RS256'),
      apply: makePublic,
    },
  }),
];
