import fc from 'fast-check';
import { serverCapabilities } from '../capabilities';
import type { AnalyzeContextInput } from '../context';
import { fieldNames, localizableFields } from '../schema';
import { ecKey, okpKey, rsaKey } from './rule-cases';

const uris = [
  'https://app.example.com/cb',
  'https://app.example.com/cb#state',
  'https://b.example.org/cb',
  'http://app.example.com/cb',
  'http://localhost:3000/cb',
  'http://app.localhost/cb',
  'https://localhost/cb',
  'http://127.0.0.1:8080/cb',
  'http://[::1]/cb',
  'com.example.app:/cb',
  'myapp://cb',
  'javascript:alert(1)',
  'data:text/html,hi',
  'https://*.example.com/cb',
  '/relative',
  ' https://app.example.com/space',
];
const grants = [...serverCapabilities.grantTypes, 'urn:ietf:params:oauth:grant-type:jwt-bearer'];
const responseTypes = [...serverCapabilities.responseTypes, 'token code', 'code none', 'code device'];
const methods = [...serverCapabilities.tokenEndpointAuthMethods, 'tls_client_auth'];
const signingAlgs = ['RS256', 'ES256', 'EdDSA', 'HS256', 'HS512', 'none', 'RS1'];
const encryptionAlgs = ['RSA-OAEP-256', 'ECDH-ES', 'dir', 'A128KW', 'RSA1_5'];
const encryptionEncs = ['A128GCM', 'A128CBC-HS256', 'A128CBC'];
const infoUris = ['https://app.example.com/about', 'http://app.example.com/about', 'https://elsewhere.example.net/x', 'ftp://app.example.com/x', 'our site'];
const jwkSets = [
  { keys: [rsaKey] },
  { keys: [ecKey, okpKey] },
  { keys: [{ ...rsaKey, d: 'private', p: 'p' }] },
  { keys: [rsaKey, { kty: 'oct', k: 'c2VjcmV0' }] },
  { keys: [{ kty: 'RSA', e: 'AQAB' }, { kty: 'oct', k: 'x' }, { ...ecKey, d: 'd' }] },
  { keys: [] },
];

const optional = <T>(values: readonly T[]) => fc.constantFrom(...values);
const subset = <T>(values: readonly T[]) => fc.uniqueArray(fc.constantFrom(...values), { maxLength: 4 });
const list = <T>(values: readonly T[]) => fc.array(fc.constantFrom(...values), { maxLength: 4 });

/** Metadata assembled from realistic values, good and bad, so that rules and fixes meet often. */
export const realisticMetadata = fc.record(
  {
    client_name: optional(['Acme', '', 'Acme app']),
    'client_name#fr': optional(['Acmé']),
    application_type: optional(['web', 'native', 'browser']),
    redirect_uris: list(uris),
    post_logout_redirect_uris: list(uris),
    grant_types: subset(grants),
    response_types: subset(responseTypes),
    token_endpoint_auth_method: optional(methods),
    token_endpoint_auth_signing_alg: optional(signingAlgs),
    id_token_signed_response_alg: optional(signingAlgs),
    userinfo_signed_response_alg: optional(signingAlgs),
    request_object_signing_alg: optional(signingAlgs),
    id_token_encrypted_response_alg: optional(encryptionAlgs),
    id_token_encrypted_response_enc: optional(encryptionEncs),
    request_object_encryption_enc: optional(encryptionEncs),
    jwks: optional(jwkSets),
    jwks_uri: optional(['https://app.example.com/jwks.json']),
    logo_uri: optional(infoUris),
    'tos_uri#de': optional(infoUris),
    policy_uri: optional(infoUris),
    contacts: list(['ops@example.com', 'mailto:ops@example.com', '+1 555 0100', 'Jane']),
    scope: optional(['openid', 'openid offline_access', 'openid payments', 'profile email offline_access']),
    subject_type: optional(['public', 'pairwise', 'ephemeral']),
    sector_identifier_uri: optional(['https://app.example.com/s.json', 'http://app.example.com/s.json']),
    initiate_login_uri: optional(['https://app.example.com/login', 'http://app.example.com/login']),
    request_uris: list(['https://app.example.com/r', 'http://app.example.com/r']),
    default_max_age: optional([-5, 0, 1.5, 3600]),
    'client_name#': optional(['Acme']),
    unknown_field: optional([{ anything: true }]),
  },
  { requiredKeys: [] },
);

export const contexts: readonly AnalyzeContextInput[] = [
  {},
  { policy: { allowPasswordGrant: true } },
  { policy: { registrant: 'anonymous' } },
  { policy: { requirePkce: false, allowedRedirectHosts: ['app.example.com', '*.example.org'] } },
  { policy: { registrant: 'anonymous', limits: { anonymous: { tokenEndpointAuthMethods: ['none', 'private_key_jwt'] } } } },
  { supported: { grantTypes: ['authorization_code', 'refresh_token'], responseTypes: ['code'], subjectTypes: ['pairwise'] } },
];

const keys = [...fieldNames, ...localizableFields.map((field) => `${field}#en`), 'client_name#bad tag', '__proto__', 'constructor'];

/** Objects keyed by the real field names, holding any JSON value. */
export const fieldsWithAnyValues = fc.dictionary(fc.constantFrom(...keys), fc.jsonValue({ maxDepth: 3 }), { maxKeys: 12 });
