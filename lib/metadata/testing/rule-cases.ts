import type { AnalyzeContextInput } from '../context';

export interface RuleCase {
  readonly name: string;
  readonly metadata: unknown;
  readonly context?: AnalyzeContextInput;
}

export interface FiringCase extends RuleCase {
  /** The exact field paths one finding of the rule must carry. */
  readonly fields: readonly string[];
}

export interface RuleCases {
  readonly fires: readonly FiringCase[];
  readonly passes: readonly RuleCase[];
}

type Draft = Record<string, unknown>;

// The server offers no encryption by default; these cases turn it on to test the value checks.
const withEncryption = { supported: { encryptionAlgs: ['RSA-OAEP', 'ECDH-ES+A128KW'], encryptionEncs: ['A128CBC-HS256', 'A256GCM'] } };

export const rsaKey = { kty: 'RSA', kid: 'rsa-1', n: '0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4', e: 'AQAB' };
export const ecKey = { kty: 'EC', kid: 'ec-1', crv: 'P-256', x: 'f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU', y: 'x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0' };
export const okpKey = { kty: 'OKP', kid: 'ed-1', crv: 'Ed25519', x: '11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo' };
const JWKS_URI = 'https://app.example.com/.well-known/jwks.json';

/** A clean confidential web client using the code flow. */
export const web = (overrides: Draft = {}): Draft => ({
  client_name: 'Acme',
  redirect_uris: ['https://app.example.com/cb'],
  ...overrides,
});
export const spa = (overrides: Draft = {}): Draft => web({ token_endpoint_auth_method: 'none', ...overrides });
export const native = (overrides: Draft = {}): Draft => ({
  client_name: 'Acme app',
  application_type: 'native',
  token_endpoint_auth_method: 'none',
  redirect_uris: ['com.example.app:/cb'],
  ...overrides,
});
export const service = (overrides: Draft = {}): Draft => ({
  client_name: 'Acme jobs',
  grant_types: ['client_credentials'],
  response_types: [],
  ...overrides,
});
const redirects = (...uris: unknown[]) => web({ redirect_uris: uris });
const nativeRedirects = (...uris: string[]) => native({ redirect_uris: uris });
const implicitWeb = (...uris: string[]) => web({ response_types: ['id_token'], grant_types: ['implicit'], redirect_uris: uris });
const keys = (...jwks: unknown[]) => web({ jwks: { keys: jwks } });
const privateKeyJwt = (overrides: Draft = {}) => web({ token_endpoint_auth_method: 'private_key_jwt', jwks_uri: JWKS_URI, ...overrides });

const allowPassword: AnalyzeContextInput = { policy: { allowPasswordGrant: true } };
const anonymous: AnalyzeContextInput = { policy: { registrant: 'anonymous' } };
const hostPolicy: AnalyzeContextInput = { policy: { allowedRedirectHosts: ['app.example.com', '*.example.org'] } };
const publicOnlyAnonymous: AnalyzeContextInput = {
  policy: { registrant: 'anonymous', limits: { anonymous: { tokenEndpointAuthMethods: ['none', 'private_key_jwt'] } } },
};

export const ruleCases: Readonly<Record<string, RuleCases>> = {
  'metadata-not-object': {
    fires: [
      { name: 'number', metadata: 42, fields: [] },
      { name: 'array', metadata: [web()], fields: [] },
      { name: 'string', metadata: '{"client_name":"x"}', fields: [] },
      { name: 'null', metadata: null, fields: [] },
    ],
    passes: [{ name: 'empty object', metadata: {} }, { name: 'web client', metadata: web() }],
  },
  'redirect-uris-not-strings': {
    fires: [
      { name: 'lone string', metadata: web({ redirect_uris: 'https://app.example.com/cb' }), fields: ['redirect_uris'] },
      { name: 'number element', metadata: redirects('https://app.example.com/cb', 7), fields: ['redirect_uris[1]'] },
      { name: 'object', metadata: web({ redirect_uris: { uri: 'x' } }), fields: ['redirect_uris'] },
      { name: 'post-logout null element', metadata: web({ post_logout_redirect_uris: [null] }), fields: ['post_logout_redirect_uris[0]'] },
    ],
    passes: [{ name: 'strings', metadata: web({ post_logout_redirect_uris: ['https://app.example.com/bye'] }) }],
  },
  'field-type-invalid': {
    fires: [
      { name: 'grant_types as string', metadata: web({ grant_types: 'authorization_code' }), fields: ['grant_types'] },
      { name: 'boolean as string', metadata: web({ require_auth_time: 'yes' }), fields: ['require_auth_time'] },
      { name: 'number as string', metadata: web({ default_max_age: '60' }), fields: ['default_max_age'] },
      { name: 'jwks key not an object', metadata: keys(rsaKey, 1), fields: ['jwks.keys[1]'] },
      { name: 'jwks without keys', metadata: web({ jwks: {} }), fields: ['jwks.keys'] },
      { name: 'localized value not a string', metadata: web({ 'client_name#fr': 3 }), fields: ['client_name#fr'] },
      { name: 'contact element', metadata: web({ contacts: ['a@example.com', false] }), fields: ['contacts[1]'] },
    ],
    passes: [
      { name: 'right types', metadata: web({ require_auth_time: true, default_max_age: 60, contacts: ['a@example.com'] }) },
      { name: 'null means absent', metadata: web({ logo_uri: null, grant_types: null }) },
      { name: 'unknown field of any type', metadata: web({ custom: { deep: [1] } }) },
    ],
  },
  'language-tag-invalid': {
    fires: [
      { name: 'empty tag', metadata: web({ 'client_name#': 'Acme' }), fields: ['client_name#'] },
      { name: 'underscore', metadata: web({ 'logo_uri#fr_FR': 'https://app.example.com/l.png' }), fields: ['logo_uri#fr_FR'] },
    ],
    passes: [
      { name: 'script and region', metadata: web({ 'client_name#ja-Jpan-JP': 'アクメ' }) },
      { name: 'unknown field with a hash', metadata: web({ 'nickname#!!': 'x' }) },
    ],
  },
  'redirect-uris-required': {
    fires: [
      { name: 'code flow without redirect URIs', metadata: { client_name: 'Acme' }, fields: ['redirect_uris'] },
      { name: 'empty list', metadata: redirects(), fields: ['redirect_uris'] },
      { name: 'implicit', metadata: { client_name: 'Acme', response_types: ['id_token'] }, fields: ['redirect_uris'] },
    ],
    passes: [
      { name: 'web client', metadata: web() },
      { name: 'service', metadata: service() },
      { name: 'device grant', metadata: native({ redirect_uris: undefined, grant_types: ['urn:ietf:params:oauth:grant-type:device_code'], response_types: [] }) },
      { name: 'wrong type reports the type only', metadata: web({ redirect_uris: [5] }) },
    ],
  },
  'redirect-uri-invalid': {
    fires: [
      { name: 'relative', metadata: redirects('/callback'), fields: ['redirect_uris[0]'] },
      { name: 'missing slashes', metadata: redirects('https:/app.example.com/cb'), fields: ['redirect_uris[0]'] },
      { name: 'leading space', metadata: redirects(' https://app.example.com/cb'), fields: ['redirect_uris[0]'] },
      { name: 'no scheme, second entry', metadata: redirects('https://app.example.com/cb', 'app.example.com/cb'), fields: ['redirect_uris[1]'] },
      { name: 'post-logout', metadata: web({ post_logout_redirect_uris: ['app.example.com/bye'] }), fields: ['post_logout_redirect_uris[0]'] },
    ],
    passes: [{ name: 'https', metadata: web() }, { name: 'private-use scheme', metadata: native() }],
  },
  'redirect-uri-dangerous-scheme': {
    fires: [
      { name: 'javascript', metadata: redirects('javascript:alert(document.cookie)'), fields: ['redirect_uris[0]'] },
      { name: 'mixed-case javascript', metadata: redirects('https://app.example.com/cb', 'JavaScript:alert(1)'), fields: ['redirect_uris[1]'] },
      { name: 'data', metadata: redirects('data:text/html,<script>alert(1)</script>'), fields: ['redirect_uris[0]'] },
      { name: 'file', metadata: nativeRedirects('file:///etc/passwd'), fields: ['redirect_uris[0]'] },
      { name: 'blob', metadata: redirects('blob:https://app.example.com/4f1c'), fields: ['redirect_uris[0]'] },
      { name: 'vbscript in post-logout', metadata: web({ post_logout_redirect_uris: ['vbscript:msgbox(1)'] }), fields: ['post_logout_redirect_uris[0]'] },
    ],
    passes: [{ name: 'path mentioning javascript', metadata: redirects('https://app.example.com/javascript:cb') }],
  },
  'redirect-uri-fragment': {
    fires: [
      { name: 'fragment', metadata: redirects('https://app.example.com/cb#top'), fields: ['redirect_uris[0]'] },
      { name: 'empty fragment in post-logout', metadata: web({ post_logout_redirect_uris: ['https://app.example.com/bye#'] }), fields: ['post_logout_redirect_uris[0]'] },
    ],
    passes: [{ name: 'encoded hash in query', metadata: redirects('https://app.example.com/cb?tab=%23top') }],
  },
  'redirect-uri-wildcard': {
    fires: [
      { name: 'wildcard host', metadata: redirects('https://*.example.com/cb'), fields: ['redirect_uris[0]'] },
      { name: 'wildcard path', metadata: redirects('https://app.example.com/cb', 'https://app.example.com/*'), fields: ['redirect_uris[1]'] },
    ],
    passes: [{ name: 'exact URI', metadata: web() }],
  },
  'redirect-uri-implicit-insecure': {
    fires: [
      { name: 'http', metadata: implicitWeb('http://app.example.com/cb'), fields: ['redirect_uris[0]'] },
      { name: 'https localhost', metadata: implicitWeb('https://localhost/cb'), fields: ['redirect_uris[0]'] },
      { name: 'loopback ip', metadata: implicitWeb('https://app.example.com/cb', 'http://127.0.0.1:3000/cb'), fields: ['redirect_uris[1]'] },
    ],
    passes: [
      { name: 'https public host', metadata: implicitWeb('https://app.example.com/cb') },
      { name: 'code flow on localhost', metadata: redirects('http://localhost:3000/cb') },
      { name: 'native app', metadata: native({ response_types: ['id_token'], grant_types: ['implicit'] }) },
    ],
  },
  'redirect-uri-native-remote-http': {
    fires: [{ name: 'remote http', metadata: nativeRedirects('http://app.example.com/cb'), fields: ['redirect_uris[0]'] }],
    passes: [
      { name: 'loopback ip', metadata: nativeRedirects('http://127.0.0.1:8080/cb') },
      { name: 'ipv6 loopback', metadata: nativeRedirects('http://[::1]:8080/cb') },
      { name: 'claimed https', metadata: nativeRedirects('https://app.example.com/cb') },
      { name: 'web client', metadata: redirects('http://app.example.com/cb') },
    ],
  },
  'redirect-uri-native-localhost': {
    fires: [
      { name: 'localhost', metadata: nativeRedirects('http://localhost:8080/cb'), fields: ['redirect_uris[0]'] },
      { name: 'localhost subdomain', metadata: nativeRedirects('com.example.app:/cb', 'http://app.localhost/cb'), fields: ['redirect_uris[1]'] },
    ],
    passes: [
      { name: 'loopback ip', metadata: nativeRedirects('http://127.0.0.1/cb') },
      { name: 'web client on localhost', metadata: redirects('http://localhost:3000/cb') },
    ],
  },
  'redirect-uri-scheme-not-reverse-domain': {
    fires: [{ name: 'bare scheme', metadata: nativeRedirects('myapp://callback'), fields: ['redirect_uris[0]'] }],
    passes: [
      { name: 'reverse domain', metadata: native() },
      { name: 'web client', metadata: redirects('myapp:/callback') },
    ],
  },
  'redirect-uri-private-scheme-on-web': {
    fires: [
      { name: 'private scheme', metadata: redirects('com.example.app:/cb'), fields: ['redirect_uris[0]'] },
      { name: 'post-logout', metadata: web({ post_logout_redirect_uris: ['myapp:/bye'] }), fields: ['post_logout_redirect_uris[0]'] },
    ],
    passes: [{ name: 'native app', metadata: native() }, { name: 'https', metadata: web() }],
  },
  'redirect-uri-plain-http': {
    fires: [
      { name: 'remote http', metadata: redirects('http://app.example.com/cb'), fields: ['redirect_uris[0]'] },
      { name: 'post-logout', metadata: web({ post_logout_redirect_uris: ['http://app.example.com/bye'] }), fields: ['post_logout_redirect_uris[0]'] },
    ],
    passes: [
      { name: 'localhost', metadata: redirects('http://localhost:3000/cb') },
      { name: 'loopback', metadata: redirects('http://127.0.0.1:3000/cb') },
      { name: 'native loopback', metadata: nativeRedirects('http://127.0.0.1/cb') },
    ],
  },
  'redirect-uri-duplicate': {
    fires: [{ name: 'twice', metadata: redirects('https://app.example.com/cb', 'https://app.example.com/cb'), fields: ['redirect_uris[1]'] }],
    passes: [
      { name: 'different', metadata: redirects('https://app.example.com/cb', 'https://app.example.com/cb2') },
      { name: 'once per list', metadata: web({ post_logout_redirect_uris: ['https://app.example.com/cb'] }) },
    ],
  },
  'response-type-needs-authorization-code': {
    fires: [
      { name: 'code without grant', metadata: web({ response_types: ['code'], grant_types: ['refresh_token'] }), fields: ['response_types[0]', 'grant_types'] },
      { name: 'hybrid with implicit only', metadata: web({ response_types: ['code id_token'], grant_types: ['implicit'] }), fields: ['response_types[0]', 'grant_types'] },
    ],
    passes: [{ name: 'defaults', metadata: web() }, { name: 'grants derived', metadata: web({ response_types: ['code'] }) }],
  },
  'response-type-needs-implicit': {
    fires: [
      { name: 'hybrid without implicit', metadata: web({ response_types: ['code id_token'], grant_types: ['authorization_code'] }), fields: ['response_types[0]', 'grant_types'] },
    ],
    passes: [
      { name: 'grants derived', metadata: web({ response_types: ['id_token'] }) },
      { name: 'both grants', metadata: web({ response_types: ['code id_token'], grant_types: ['authorization_code', 'implicit'] }) },
    ],
  },
  'authorization-code-needs-response-type': {
    fires: [
      { name: 'id_token only', metadata: web({ grant_types: ['authorization_code'], response_types: ['id_token'] }), fields: ['grant_types[0]', 'response_types'] },
      { name: 'no response types', metadata: web({ grant_types: ['refresh_token', 'authorization_code'], response_types: [] }), fields: ['grant_types[1]', 'response_types'] },
    ],
    passes: [{ name: 'defaults', metadata: web() }],
  },
  'implicit-needs-response-type': {
    fires: [
      { name: 'code only', metadata: web({ grant_types: ['authorization_code', 'implicit'], response_types: ['code'] }), fields: ['grant_types[1]', 'response_types'] },
    ],
    passes: [{ name: 'id_token', metadata: web({ grant_types: ['implicit'], response_types: ['id_token'] }) }],
  },
  'response-type-none-combined': {
    fires: [{ name: 'code none', metadata: web({ response_types: ['code none'], grant_types: ['authorization_code'] }), fields: ['response_types[0]'] }],
    passes: [
      { name: 'none alone', metadata: web({ response_types: ['none'] }) },
      { name: 'separate values', metadata: web({ response_types: ['code', 'none'] }) },
    ],
  },
  'refresh-token-without-issuing-grant': {
    fires: [{ name: 'with client credentials', metadata: service({ grant_types: ['client_credentials', 'refresh_token'] }), fields: ['grant_types[1]'] }],
    passes: [
      { name: 'with code', metadata: web({ grant_types: ['authorization_code', 'refresh_token'] }) },
      { name: 'with device code', metadata: native({ redirect_uris: undefined, grant_types: ['urn:ietf:params:oauth:grant-type:device_code', 'refresh_token'], response_types: [] }) },
    ],
  },
  'redirect-flow-unused': {
    fires: [
      { name: 'redirect URIs', metadata: service({ redirect_uris: ['https://jobs.example.com/cb'] }), fields: ['redirect_uris'] },
      { name: 'response types', metadata: service({ response_types: ['code'] }), fields: ['response_types'] },
      { name: 'both', metadata: service({ response_types: ['code'], redirect_uris: ['https://jobs.example.com/cb'] }), fields: ['redirect_uris', 'response_types'] },
    ],
    passes: [
      { name: 'service', metadata: service() },
      { name: 'service with derived response types', metadata: { client_name: 'Jobs', grant_types: ['client_credentials'] } },
      { name: 'code flow', metadata: web() },
    ],
  },
  'grant-types-empty': {
    fires: [{ name: 'empty', metadata: web({ grant_types: [], response_types: [], redirect_uris: undefined }), fields: ['grant_types'] }],
    passes: [{ name: 'defaults', metadata: web() }],
  },
  'implicit-token-deprecated': {
    fires: [
      { name: 'token', metadata: web({ response_types: ['token'], grant_types: ['implicit'] }), fields: ['response_types[0]'] },
      { name: 'hybrid with token', metadata: web({ response_types: ['code', 'code id_token token'], grant_types: ['authorization_code', 'implicit'] }), fields: ['response_types[1]'] },
    ],
    passes: [
      { name: 'id_token only', metadata: implicitWeb('https://app.example.com/cb') },
      { name: 'code', metadata: web() },
    ],
  },
  'password-grant-refused': {
    fires: [{ name: 'password', metadata: web({ grant_types: ['authorization_code', 'password'] }), fields: ['grant_types[1]'] }],
    passes: [
      { name: 'allowed by policy', metadata: web({ grant_types: ['authorization_code', 'password'] }), context: allowPassword },
      { name: 'not implemented at all', metadata: web({ grant_types: ['authorization_code', 'password'] }), context: { supported: { grantTypes: ['authorization_code'] } } },
    ],
  },
  'password-grant-discouraged': {
    fires: [{ name: 'allowed by policy', metadata: web({ grant_types: ['authorization_code', 'password'] }), context: allowPassword, fields: ['grant_types[1]'] }],
    passes: [
      { name: 'refused instead', metadata: web({ grant_types: ['authorization_code', 'password'] }) },
      { name: 'no password', metadata: web(), context: allowPassword },
    ],
  },
  'public-client-credentials-grant': {
    fires: [{ name: 'public service', metadata: service({ token_endpoint_auth_method: 'none' }), fields: ['token_endpoint_auth_method', 'grant_types[0]'] }],
    passes: [{ name: 'confidential service', metadata: service() }, { name: 'public code flow', metadata: spa() }],
  },
  'public-client-secret-keyed-alg': {
    fires: [
      { name: 'HS256 ID token', metadata: spa({ id_token_signed_response_alg: 'HS256' }), fields: ['id_token_signed_response_alg'] },
      {
        name: 'userinfo and request object',
        metadata: spa({ userinfo_signed_response_alg: 'HS512', request_object_signing_alg: 'HS256' }),
        fields: ['userinfo_signed_response_alg', 'request_object_signing_alg'],
      },
      { name: 'direct encryption', metadata: spa({ id_token_encrypted_response_alg: 'dir' }), fields: ['id_token_encrypted_response_alg'] },
    ],
    passes: [
      { name: 'confidential client', metadata: web({ id_token_signed_response_alg: 'HS256' }) },
      { name: 'asymmetric', metadata: spa({ id_token_signed_response_alg: 'ES256' }) },
    ],
  },
  'private-key-jwt-without-keys': {
    fires: [{ name: 'no keys', metadata: web({ token_endpoint_auth_method: 'private_key_jwt' }), fields: ['jwks_uri', 'jwks'] }],
    passes: [
      { name: 'jwks_uri', metadata: privateKeyJwt() },
      { name: 'jwks', metadata: web({ token_endpoint_auth_method: 'private_key_jwt', jwks: { keys: [ecKey] } }) },
    ],
  },
  'jwks-and-jwks-uri': {
    fires: [{ name: 'both', metadata: privateKeyJwt({ jwks: { keys: [rsaKey] } }), fields: ['jwks', 'jwks_uri'] }],
    passes: [{ name: 'jwks_uri only', metadata: privateKeyJwt() }],
  },
  'auth-signing-alg-none': {
    fires: [{ name: 'none', metadata: privateKeyJwt({ token_endpoint_auth_signing_alg: 'none' }), fields: ['token_endpoint_auth_signing_alg'] }],
    passes: [{ name: 'RS256', metadata: privateKeyJwt({ token_endpoint_auth_signing_alg: 'RS256' }) }],
  },
  'auth-signing-alg-mismatch': {
    fires: [
      { name: 'HS256 with private_key_jwt', metadata: privateKeyJwt({ token_endpoint_auth_signing_alg: 'HS256' }), fields: ['token_endpoint_auth_signing_alg', 'token_endpoint_auth_method'] },
      { name: 'RS256 with client_secret_jwt', metadata: web({ token_endpoint_auth_method: 'client_secret_jwt', token_endpoint_auth_signing_alg: 'RS256' }), fields: ['token_endpoint_auth_signing_alg', 'token_endpoint_auth_method'] },
      { name: 'with client_secret_basic', metadata: web({ token_endpoint_auth_signing_alg: 'HS256' }), fields: ['token_endpoint_auth_signing_alg', 'token_endpoint_auth_method'] },
    ],
    passes: [
      { name: 'HS256 with client_secret_jwt', metadata: web({ token_endpoint_auth_method: 'client_secret_jwt', token_endpoint_auth_signing_alg: 'HS256' }) },
      { name: 'EdDSA with private_key_jwt', metadata: privateKeyJwt({ token_endpoint_auth_signing_alg: 'EdDSA' }) },
      { name: 'none is reported elsewhere', metadata: privateKeyJwt({ token_endpoint_auth_signing_alg: 'none' }) },
    ],
  },
  'client-secret-post': {
    fires: [{ name: 'post', metadata: web({ token_endpoint_auth_method: 'client_secret_post' }), fields: ['token_endpoint_auth_method'] }],
    passes: [{ name: 'basic', metadata: web() }],
  },
  'client-secret-jwt-shared-secret': {
    fires: [{ name: 'client_secret_jwt', metadata: web({ token_endpoint_auth_method: 'client_secret_jwt' }), fields: ['token_endpoint_auth_method'] }],
    passes: [{ name: 'private_key_jwt', metadata: privateKeyJwt() }],
  },
  'secret-in-public-app': {
    fires: [
      { name: 'native with basic', metadata: native({ token_endpoint_auth_method: 'client_secret_basic' }), fields: ['token_endpoint_auth_method'] },
      { name: 'native with default method', metadata: native({ token_endpoint_auth_method: undefined }), fields: ['token_endpoint_auth_method'] },
      { name: 'browser-only implicit app', metadata: implicitWeb('https://app.example.com/cb'), fields: ['token_endpoint_auth_method'] },
    ],
    passes: [
      { name: 'public native', metadata: native() },
      { name: 'server web app', metadata: web() },
      { name: 'hybrid web app', metadata: web({ response_types: ['code id_token'], grant_types: ['authorization_code', 'implicit'] }) },
    ],
  },
  'jwk-invalid': {
    fires: [
      { name: 'RSA without n', metadata: keys({ kty: 'RSA', e: 'AQAB' }), fields: ['jwks.keys[0].n'] },
      { name: 'no kty', metadata: keys(rsaKey, { n: 'abc', e: 'AQAB' }), fields: ['jwks.keys[1].kty'] },
      { name: 'EC without y', metadata: keys({ kty: 'EC', crv: 'P-256', x: 'abc' }), fields: ['jwks.keys[0].y'] },
      { name: 'unknown kty', metadata: keys({ kty: 'DSA' }), fields: ['jwks.keys[0].kty'] },
      { name: 'OKP with empty x', metadata: keys({ kty: 'OKP', crv: 'Ed25519', x: '' }), fields: ['jwks.keys[0].x'] },
    ],
    passes: [
      { name: 'RSA, EC and OKP', metadata: keys(rsaKey, ecKey, okpKey) },
      { name: 'oct is reported elsewhere', metadata: keys({ kty: 'oct', k: 'c2VjcmV0' }) },
    ],
  },
  'jwk-private-material': {
    fires: [
      { name: 'RSA private key', metadata: keys({ ...rsaKey, d: 'x', p: 'y', q: 'z' }), fields: ['jwks.keys[0].d', 'jwks.keys[0].p', 'jwks.keys[0].q'] },
      { name: 'EC private key', metadata: keys(rsaKey, { ...ecKey, d: 'x' }), fields: ['jwks.keys[1].d'] },
    ],
    passes: [{ name: 'public keys', metadata: keys(rsaKey, ecKey) }, { name: 'oct is reported elsewhere', metadata: keys({ kty: 'oct', k: 'c2VjcmV0' }) }],
  },
  'jwk-symmetric': {
    fires: [{ name: 'oct', metadata: keys(rsaKey, { kty: 'oct', k: 'c2VjcmV0' }), fields: ['jwks.keys[1]'] }],
    passes: [{ name: 'RSA', metadata: keys(rsaKey) }],
  },
  'pairwise-needs-sector-identifier': {
    fires: [
      {
        name: 'two hosts',
        metadata: web({ subject_type: 'pairwise', redirect_uris: ['https://a.example.com/cb', 'https://b.example.org/cb'] }),
        fields: ['sector_identifier_uri', 'redirect_uris'],
      },
    ],
    passes: [
      { name: 'with sector identifier', metadata: web({ subject_type: 'pairwise', sector_identifier_uri: 'https://app.example.com/sector.json', redirect_uris: ['https://a.example.com/cb', 'https://b.example.org/cb'] }) },
      { name: 'one host', metadata: web({ subject_type: 'pairwise', redirect_uris: ['https://app.example.com/a', 'https://app.example.com/b'] }) },
      { name: 'public', metadata: redirects('https://a.example.com/cb', 'https://b.example.org/cb') },
    ],
  },
  'openid-uri-not-https': {
    fires: [
      { name: 'http sector identifier', metadata: web({ sector_identifier_uri: 'http://app.example.com/sector.json' }), fields: ['sector_identifier_uri'] },
      { name: 'relative login uri', metadata: web({ initiate_login_uri: 'app.example.com/login' }), fields: ['initiate_login_uri'] },
    ],
    passes: [{ name: 'https', metadata: web({ sector_identifier_uri: 'https://app.example.com/s.json', initiate_login_uri: 'https://app.example.com/login' }) }],
  },
  'request-uri-not-https': {
    fires: [{ name: 'http entry', metadata: web({ request_uris: ['https://app.example.com/r/1', 'http://app.example.com/r/2'] }), fields: ['request_uris[1]'] }],
    passes: [{ name: 'https', metadata: web({ request_uris: ['https://app.example.com/r/1'] }) }],
  },
  'encryption-enc-without-alg': {
    fires: [
      { name: 'id token enc', metadata: web({ id_token_encrypted_response_enc: 'A128GCM' }), fields: ['id_token_encrypted_response_enc'] },
      { name: 'request object enc', metadata: web({ request_object_encryption_enc: 'A256GCM' }), fields: ['request_object_encryption_enc'] },
    ],
    passes: [
      { name: 'pair', metadata: web({ jwks_uri: JWKS_URI, id_token_encrypted_response_alg: 'RSA-OAEP-256', id_token_encrypted_response_enc: 'A128GCM' }) },
      { name: 'alg alone', metadata: web({ jwks_uri: JWKS_URI, userinfo_encrypted_response_alg: 'ECDH-ES' }) },
    ],
  },
  'encryption-needs-client-keys': {
    fires: [{ name: 'no keys', metadata: web({ id_token_encrypted_response_alg: 'RSA-OAEP-256' }), fields: ['id_token_encrypted_response_alg', 'jwks_uri'] }],
    passes: [
      { name: 'jwks_uri', metadata: web({ jwks_uri: JWKS_URI, id_token_encrypted_response_alg: 'RSA-OAEP-256' }) },
      { name: 'request objects go to the server', metadata: web({ request_object_encryption_alg: 'RSA-OAEP-256' }) },
    ],
  },
  'id-token-unsigned-front-channel': {
    fires: [
      {
        name: 'hybrid',
        metadata: web({ response_types: ['code id_token'], grant_types: ['authorization_code', 'implicit'], id_token_signed_response_alg: 'none' }),
        fields: ['id_token_signed_response_alg', 'response_types[0]'],
      },
    ],
    passes: [
      { name: 'code flow', metadata: web({ id_token_signed_response_alg: 'none' }) },
      { name: 'signed', metadata: implicitWeb('https://app.example.com/cb') },
    ],
  },
  'default-max-age-invalid': {
    fires: [
      { name: 'negative', metadata: web({ default_max_age: -1 }), fields: ['default_max_age'] },
      { name: 'fraction', metadata: web({ default_max_age: 1.5 }), fields: ['default_max_age'] },
    ],
    passes: [{ name: 'zero', metadata: web({ default_max_age: 0 }) }, { name: 'an hour', metadata: web({ default_max_age: 3600 }) }],
  },
  'client-info-uri-invalid': {
    fires: [
      { name: 'ftp logo', metadata: web({ logo_uri: 'ftp://app.example.com/logo.png' }), fields: ['logo_uri'] },
      { name: 'localized javascript', metadata: web({ 'tos_uri#de': 'javascript:alert(1)' }), fields: ['tos_uri#de'] },
      { name: 'not a URL', metadata: web({ client_uri: 'our website' }), fields: ['client_uri'] },
    ],
    passes: [{ name: 'https', metadata: web({ logo_uri: 'https://app.example.com/logo.png', 'policy_uri#fr': 'https://app.example.com/fr/privacy' }) }],
  },
  'client-info-uri-insecure': {
    fires: [{ name: 'http', metadata: web({ client_uri: 'http://app.example.com' }), fields: ['client_uri'] }],
    passes: [{ name: 'https', metadata: web({ client_uri: 'https://app.example.com' }) }],
  },
  'client-info-uri-foreign-host': {
    fires: [
      { name: 'other site', metadata: web({ policy_uri: 'https://elsewhere.example.net/privacy' }), fields: ['policy_uri'] },
      { name: 'localized', metadata: web({ 'logo_uri#en': 'https://img.example.net/logo.png' }), fields: ['logo_uri#en'] },
    ],
    passes: [
      { name: 'subdomain', metadata: web({ logo_uri: 'https://cdn.app.example.com/logo.png' }) },
      { name: 'parent domain', metadata: web({ tos_uri: 'https://example.com/terms' }) },
      { name: 'only private-use redirects', metadata: native({ logo_uri: 'https://example.net/logo.png' }) },
    ],
  },
  'contact-not-email': {
    fires: [{ name: 'phone number', metadata: web({ contacts: ['ops@example.com', '+1 555 0100'] }), fields: ['contacts[1]'] }],
    passes: [{ name: 'emails', metadata: web({ contacts: ['ops@example.com', 'security+oauth@example.co.uk'] }) }],
  },
  'client-name-missing': {
    fires: [
      { name: 'absent', metadata: { redirect_uris: ['https://app.example.com/cb'] }, fields: ['client_name'] },
      { name: 'blank', metadata: web({ client_name: '  ' }), fields: ['client_name'] },
    ],
    passes: [
      { name: 'named', metadata: web() },
      { name: 'localized name only', metadata: { 'client_name#en': 'Acme', redirect_uris: ['https://app.example.com/cb'] } },
    ],
  },
  'scope-unsupported': {
    fires: [{ name: 'unknown scope', metadata: web({ scope: 'openid payments:read' }), fields: ['scope'] }],
    passes: [{ name: 'known scopes', metadata: web({ scope: 'openid  profile' }) }],
  },
  'offline-access-without-refresh-token': {
    fires: [{ name: 'no refresh grant', metadata: web({ scope: 'openid offline_access' }), fields: ['scope', 'grant_types'] }],
    passes: [{ name: 'refresh grant', metadata: web({ scope: 'openid offline_access', grant_types: ['authorization_code', 'refresh_token'] }) }],
  },
  'grant-type-unsupported': {
    fires: [
      { name: 'jwt bearer', metadata: web({ grant_types: ['authorization_code', 'urn:ietf:params:oauth:grant-type:jwt-bearer'] }), fields: ['grant_types[1]'] },
      {
        name: 'password where not implemented',
        metadata: web({ grant_types: ['authorization_code', 'password'] }),
        context: { supported: { grantTypes: ['authorization_code'] } },
        fields: ['grant_types[1]'],
      },
    ],
    passes: [{ name: 'defaults', metadata: web() }],
  },
  'response-type-unsupported': {
    fires: [
      { name: 'unknown word', metadata: web({ response_types: ['code', 'code device'] }), fields: ['response_types[1]'] },
      { name: 'not offered', metadata: web({ response_types: ['id_token'] }), context: { supported: { responseTypes: ['code'] } }, fields: ['response_types[0]'] },
    ],
    passes: [{ name: 'any word order', metadata: web({ response_types: ['id_token code'], grant_types: ['authorization_code', 'implicit'] }) }],
  },
  'auth-method-unsupported': {
    fires: [{ name: 'mTLS', metadata: web({ token_endpoint_auth_method: 'tls_client_auth' }), fields: ['token_endpoint_auth_method'] }],
    passes: [{ name: 'basic', metadata: web() }],
  },
  'signing-alg-unsupported': {
    fires: [
      { name: 'ID token', metadata: web({ id_token_signed_response_alg: 'RS1' }), fields: ['id_token_signed_response_alg'] },
      { name: 'client assertion', metadata: privateKeyJwt({ token_endpoint_auth_signing_alg: 'ES256K' }), fields: ['token_endpoint_auth_signing_alg'] },
    ],
    passes: [
      { name: 'supported', metadata: web({ userinfo_signed_response_alg: 'PS256' }) },
      { name: 'none has its own rule', metadata: privateKeyJwt({ token_endpoint_auth_signing_alg: 'none' }) },
      { name: 'defaults are not the client\'s doing', metadata: web(), context: { supported: { idTokenSigningAlgs: ['ES256'] } } },
    ],
  },
  'encryption-alg-unsupported': {
    fires: [
      { name: 'RSA1_5', metadata: web({ jwks_uri: JWKS_URI, userinfo_encrypted_response_alg: 'RSA1_5' }), fields: ['userinfo_encrypted_response_alg'] },
      { name: 'bad enc', metadata: web({ jwks_uri: JWKS_URI, id_token_encrypted_response_alg: 'RSA-OAEP', id_token_encrypted_response_enc: 'A128CBC' }), context: withEncryption, fields: ['id_token_encrypted_response_enc'] },
      { name: 'encryption not offered by default', metadata: web({ jwks_uri: JWKS_URI, id_token_encrypted_response_alg: 'ECDH-ES+A128KW' }), fields: ['id_token_encrypted_response_alg'] },
    ],
    passes: [{ name: 'supported', metadata: web({ jwks_uri: JWKS_URI, id_token_encrypted_response_alg: 'ECDH-ES+A128KW' }), context: withEncryption }],
  },
  'subject-type-unsupported': {
    fires: [
      { name: 'unknown', metadata: web({ subject_type: 'ephemeral' }), fields: ['subject_type'] },
      { name: 'pairwise not offered', metadata: web({ subject_type: 'pairwise' }), context: { supported: { subjectTypes: ['public'] } }, fields: ['subject_type'] },
    ],
    passes: [{ name: 'pairwise', metadata: web({ subject_type: 'pairwise' }) }],
  },
  'application-type-unsupported': {
    fires: [{ name: 'browser', metadata: web({ application_type: 'browser' }), fields: ['application_type'] }],
    passes: [{ name: 'native', metadata: native() }],
  },
  'redirect-host-not-allowed': {
    fires: [
      { name: 'other host', metadata: redirects('https://evil.example.net/cb'), context: hostPolicy, fields: ['redirect_uris[0]'] },
      { name: 'apex of a wildcard', metadata: redirects('https://example.org/cb'), context: hostPolicy, fields: ['redirect_uris[0]'] },
    ],
    passes: [
      { name: 'listed host', metadata: web(), context: hostPolicy },
      { name: 'wildcard subdomain', metadata: redirects('https://a.example.org/cb'), context: hostPolicy },
      { name: 'loopback', metadata: nativeRedirects('http://127.0.0.1:4000/cb'), context: hostPolicy },
      { name: 'no policy', metadata: redirects('https://evil.example.net/cb') },
    ],
  },
  'grant-type-not-allowed': {
    fires: [{ name: 'anonymous service', metadata: service(), context: anonymous, fields: ['grant_types[0]'] }],
    passes: [
      { name: 'anonymous code flow', metadata: web(), context: anonymous },
      { name: 'developer service', metadata: service() },
    ],
  },
  'auth-method-not-allowed': {
    fires: [{ name: 'default method', metadata: web(), context: publicOnlyAnonymous, fields: ['token_endpoint_auth_method'] }],
    passes: [{ name: 'public client', metadata: spa(), context: publicOnlyAnonymous }],
  },
  'pkce-required': {
    fires: [{ name: 'code flow', metadata: web(), fields: ['response_types'] }],
    passes: [
      { name: 'policy off', metadata: web(), context: { policy: { requirePkce: false } } },
      { name: 'service', metadata: service() },
    ],
  },
};
