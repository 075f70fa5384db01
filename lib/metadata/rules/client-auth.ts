import { isHmacAlg, isSymmetricKeyManagement } from '../algorithms';
import { isAuthMethodAllowed } from '../context';
import { editFlows, removeFields, withoutGrant } from '../draft';
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

function setMethod(method: string) {
  return (draft: MetadataDraft) => ((draft.token_endpoint_auth_method = method), draft);
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

export const clientAuthRules: readonly Rule[] = [
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
      apply: setMethod('client_secret_basic'),
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
  defineRule({
    id: 'private-key-jwt-without-keys',
    severity: 'error',
    summary: 'private_key_jwt clients publish their public keys in jwks or jwks_uri.',
    fields: ['jwks', 'jwks_uri'],
    spec: specs.jwtClientAuth,
    oauthError: 'invalid_client_metadata',
    check: (subject) =>
      subject.metadata.token_endpoint_auth_method === 'private_key_jwt' && !subject.hasClientKeys
        ? [{ fields: ['jwks_uri', 'jwks'], details: undefined }]
        : [],
    message:
      'private_key_jwt needs the client\'s public keys to verify its signed assertions: publish them at jwks_uri ' +
      '(preferred, it allows key rotation) or give them in jwks.',
  }),
  defineRule({
    id: 'jwks-and-jwks-uri',
    severity: 'error',
    summary: 'Keys are given either by value (jwks) or by reference (jwks_uri), never both.',
    fields: ['jwks', 'jwks_uri'],
    spec: specs.registrationMetadata,
    oauthError: 'invalid_client_metadata',
    check: (subject) =>
      subject.metadata.jwks !== undefined && subject.metadata.jwks_uri !== undefined
        ? [{ fields: ['jwks', 'jwks_uri'], details: undefined }]
        : [],
    message: 'jwks and jwks_uri must not both be present, or the server could not tell which keys are current.',
    fix: { label: 'Keep jwks_uri and remove jwks', apply: (draft) => removeFields(draft, 'jwks') },
  }),
  defineRule({
    id: 'auth-signing-alg-none',
    severity: 'error',
    summary: 'token_endpoint_auth_signing_alg is never none.',
    fields: ['token_endpoint_auth_signing_alg'],
    spec: specs.registrationMetadata,
    oauthError: 'invalid_client_metadata',
    check: (subject) => (subject.metadata.token_endpoint_auth_signing_alg === 'none' ? ['token_endpoint_auth_signing_alg'] : []),
    message: 'token_endpoint_auth_signing_alg must not be none: an unsigned assertion proves nothing about the client.',
    fix: { label: 'Remove token_endpoint_auth_signing_alg', apply: (draft) => removeFields(draft, 'token_endpoint_auth_signing_alg') },
  }),
  defineRule<{ alg: string; method: string }>({
    id: 'auth-signing-alg-mismatch',
    severity: 'error',
    summary: 'HS* assertion algorithms go with client_secret_jwt, asymmetric ones with private_key_jwt.',
    fields: ['token_endpoint_auth_signing_alg', 'token_endpoint_auth_method'],
    spec: specs.jwtClientAuth,
    oauthError: 'invalid_client_metadata',
    check: (subject) => {
      const alg = subject.metadata.token_endpoint_auth_signing_alg;
      const method = subject.metadata.token_endpoint_auth_method;
      if (alg === undefined || alg === 'none') return [];
      const fits = isHmacAlg(alg) ? method === 'client_secret_jwt' : method === 'private_key_jwt';
      return fits ? [] : [{ fields: ['token_endpoint_auth_signing_alg', 'token_endpoint_auth_method'], details: { alg, method } }];
    },
    message: ({ alg, method }) =>
      method === 'client_secret_jwt'
        ? `${alg} signs with a private key, but client_secret_jwt signs with the client secret; use HS256, HS384 or HS512.`
        : method === 'private_key_jwt'
          ? `${alg} is keyed by a shared secret, but private_key_jwt signs with the client's private key; use an asymmetric algorithm such as ES256 or RS256.`
          : `token_endpoint_auth_signing_alg only applies to client_secret_jwt and private_key_jwt, but this client uses ${method}.`,
    fix: { label: 'Remove token_endpoint_auth_signing_alg', apply: (draft) => removeFields(draft, 'token_endpoint_auth_signing_alg') },
  }),
  defineRule({
    id: 'client-secret-post',
    severity: 'warning',
    summary: 'client_secret_basic is preferred over sending the secret in the request body.',
    fields: ['token_endpoint_auth_method'],
    spec: specs.oauthClientPassword,
    oauthError: 'invalid_client_metadata',
    check: (subject) => (subject.metadata.token_endpoint_auth_method === 'client_secret_post' ? ['token_endpoint_auth_method'] : []),
    message:
      'client_secret_post puts the client secret in the request body, where proxies and request logs tend to keep ' +
      'it. Send it in the Authorization header with client_secret_basic.',
    fix: {
      label: 'Use client_secret_basic',
      available: (_details, _subject, context) => isAuthMethodAllowed(context, 'client_secret_basic'),
      apply: setMethod('client_secret_basic'),
    },
  }),
  defineRule({
    id: 'client-secret-jwt-shared-secret',
    severity: 'info',
    summary: 'client_secret_jwt makes the server keep the secret in readable form.',
    fields: ['token_endpoint_auth_method'],
    spec: specs.oidcClientAuth,
    oauthError: 'invalid_client_metadata',
    check: (subject) => (subject.metadata.token_endpoint_auth_method === 'client_secret_jwt' ? ['token_endpoint_auth_method'] : []),
    message:
      'client_secret_jwt signs with an HMAC of the client secret, so the server has to store that secret where it ' +
      'can read it back rather than as a hash. private_key_jwt avoids any shared secret.',
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
