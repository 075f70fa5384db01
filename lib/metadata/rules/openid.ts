import { isSymmetricKeyManagement } from '../algorithms';
import { removeFields, setField } from '../draft';
import { defineRule, type Rule } from '../rule';
import { specs } from '../specs';
import type { Subject, UriEntry } from '../subject';
import type { MetadataDraft, SpecRef } from '../types';
import { isLocal, parseUri, upgradeToHttps } from '../uri';
import { replaceUri } from './uri-rule';

function scalarUri(subject: Subject, field: 'sector_identifier_uri' | 'initiate_login_uri'): UriEntry[] {
  const raw = subject.metadata[field];
  return raw === undefined ? [] : [{ field, path: field, uri: parseUri(raw) }];
}

function replaceValue(draft: MetadataDraft, entry: UriEntry, next: string): MetadataDraft {
  if (Array.isArray(draft[entry.field])) return replaceUri(draft, entry, next);
  if (draft[entry.field] === entry.uri.raw) draft[entry.field] = next;
  return draft;
}

/** URIs the server itself fetches or sends users to must be https (OIDC Registration §2, Core §6.2). */
function httpsRule(id: string, summary: string, fields: readonly string[], spec: SpecRef, pick: (subject: Subject) => UriEntry[]): Rule {
  return defineRule<UriEntry>({
    id,
    severity: 'error',
    summary,
    fields,
    spec,
    oauthError: 'invalid_client_metadata',
    check: (subject) =>
      pick(subject)
        .filter((entry) => !(entry.uri.valid && entry.uri.scheme === 'https'))
        .map((entry) => ({ fields: [entry.path], details: entry })),
    message: (entry) => `${entry.path} must be an absolute https URL, not "${entry.uri.raw}".`,
    fix: {
      label: 'Use https',
      available: (entry) => entry.uri.valid && entry.uri.scheme === 'http',
      apply: (draft, entry) => replaceValue(draft, entry, upgradeToHttps(entry.uri.raw)),
    },
  });
}

const encryptionPairs = [
  { alg: 'id_token_encrypted_response_alg', enc: 'id_token_encrypted_response_enc', toClient: true },
  { alg: 'userinfo_encrypted_response_alg', enc: 'userinfo_encrypted_response_enc', toClient: true },
  { alg: 'request_object_encryption_alg', enc: 'request_object_encryption_enc', toClient: false },
] as const;

/** localhost, 127.0.0.1 and [::1] all name the user's own machine, so they count as one host. */
function distinctRedirectHosts(subject: Subject): Set<string> {
  const hosts = new Set<string>();
  for (const { uri } of subject.redirectUris) {
    if (uri.valid && uri.host !== '') hosts.add(isLocal(uri) ? 'the loopback interface' : uri.host);
  }
  return hosts;
}

export const openIdRules: readonly Rule[] = [
  defineRule<readonly string[]>({
    id: 'pairwise-needs-sector-identifier',
    severity: 'error',
    summary: 'Pairwise clients with redirect URIs on several hosts register a sector_identifier_uri.',
    fields: ['sector_identifier_uri', 'subject_type', 'redirect_uris'],
    spec: specs.oidcPairwise,
    oauthError: 'invalid_client_metadata',
    check: (subject) => {
      if (subject.metadata.subject_type !== 'pairwise' || subject.metadata.sector_identifier_uri !== undefined) return [];
      const hosts = [...distinctRedirectHosts(subject)];
      return hosts.length > 1 ? [{ fields: ['sector_identifier_uri', 'redirect_uris'], details: hosts }] : [];
    },
    message: (hosts) =>
      `Pairwise subject identifiers are derived from one host, but the redirect URIs span ${hosts.join(', ')}. ` +
      'Register a sector_identifier_uri listing them so that users keep the same identifier across those hosts.',
  }),
  httpsRule(
    'openid-uri-not-https',
    'sector_identifier_uri and initiate_login_uri are https URLs.',
    ['sector_identifier_uri', 'initiate_login_uri'],
    specs.oidcRegistration,
    (subject) => [...scalarUri(subject, 'sector_identifier_uri'), ...scalarUri(subject, 'initiate_login_uri')],
  ),
  httpsRule(
    'request-uri-not-https',
    'Pre-registered request_uris are https URLs.',
    ['request_uris[]'],
    specs.oidcRequestUri,
    (subject) =>
      (subject.metadata.request_uris ?? []).map((raw, index) => ({
        field: 'request_uris',
        path: subject.pathOf('request_uris', index),
        uri: parseUri(raw),
      })),
  ),
  defineRule<{ alg: string; enc: string }>({
    id: 'encryption-enc-without-alg',
    severity: 'error',
    summary: 'A *_enc content encryption value comes with its *_alg key management value.',
    fields: encryptionPairs.map(({ enc }) => enc),
    spec: specs.oidcRegistration,
    oauthError: 'invalid_client_metadata',
    check: (subject) =>
      encryptionPairs
        .filter(({ alg, enc }) => subject.metadata[enc] !== undefined && subject.metadata[alg] === undefined)
        .map(({ alg, enc }) => ({ fields: [enc], details: { alg, enc } })),
    message: ({ alg, enc }) => `${enc} is set but ${alg} is not; content encryption needs its key management algorithm.`,
    fix: { label: 'Remove the orphaned _enc value', apply: (draft, { enc }) => removeFields(draft, enc) },
  }),
  defineRule<string>({
    id: 'encryption-needs-client-keys',
    severity: 'error',
    summary: 'Responses encrypted to the client need the client\'s public keys in jwks or jwks_uri.',
    fields: ['id_token_encrypted_response_alg', 'userinfo_encrypted_response_alg', 'jwks_uri'],
    spec: specs.oidcRegistration,
    oauthError: 'invalid_client_metadata',
    check: (subject) => {
      if (subject.hasClientKeys) return [];
      return encryptionPairs
        .filter(({ alg, toClient }) => {
          const value = subject.metadata[alg];
          return toClient && value !== undefined && !isSymmetricKeyManagement(value);
        })
        .map(({ alg }) => ({ fields: [alg, 'jwks_uri'], details: alg }));
    },
    message: (alg) =>
      `${alg} encrypts to a public key of the client, but the client publishes none. Add jwks_uri (or jwks) with an encryption key.`,
  }),
  defineRule({
    id: 'id-token-unsigned-front-channel',
    severity: 'error',
    summary: 'Unsigned ID tokens are refused when they come from the authorization endpoint.',
    fields: ['id_token_signed_response_alg', 'response_types[]'],
    spec: specs.oidcRegistration,
    oauthError: 'invalid_client_metadata',
    check: (subject) =>
      subject.metadata.id_token_signed_response_alg === 'none' && subject.responseWords.has('id_token')
        ? [
            {
              fields: [
                'id_token_signed_response_alg',
                ...subject.responseTypes.filter((entry) => entry.words.has('id_token')).map((entry) => entry.path),
              ],
              details: undefined,
            },
          ]
        : [],
    message:
      'An unsigned ID token (alg none) travelling through the browser could be forged by anyone; none is only ' +
      'acceptable when ID tokens come straight from the token endpoint.',
    fix: {
      label: 'Sign ID tokens with RS256',
      available: (_details, _subject, context) => context.supported.idTokenSigningAlgs.includes('RS256'),
      apply: (draft) => setField(draft, 'id_token_signed_response_alg', 'RS256'),
    },
  }),
  defineRule<number>({
    id: 'default-max-age-invalid',
    severity: 'error',
    summary: 'default_max_age is a whole, non-negative number of seconds.',
    fields: ['default_max_age'],
    spec: specs.oidcRegistration,
    oauthError: 'invalid_client_metadata',
    check: (subject) => {
      const age = subject.metadata.default_max_age;
      return age !== undefined && !(Number.isInteger(age) && age >= 0) ? [{ fields: ['default_max_age'], details: age }] : [];
    },
    message: (age) => `default_max_age must be a whole, non-negative number of seconds, not ${age}.`,
    fix: {
      label: 'Round to whole seconds',
      apply: (draft, age) => setField(draft, 'default_max_age', Math.max(0, Math.round(age))),
    },
  }),
];
