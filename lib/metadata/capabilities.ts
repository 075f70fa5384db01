/** Grant type URN for the device authorization grant (RFC 8628 §3.4). */
export const DEVICE_CODE_GRANT = 'urn:ietf:params:oauth:grant-type:device_code';

const hmacAlgs = ['HS256', 'HS384', 'HS512'] as const;
const asymmetricAlgs = [
  'RS256', 'RS384', 'RS512',
  'PS256', 'PS384', 'PS512',
  'ES256', 'ES384', 'ES512',
  'EdDSA',
] as const;

/**
 * What this authorization server implements. Discovery metadata is derived from it, and so is the
 * default analysis context: a registration may only ask for what is listed here.
 *
 * `implicit` and `password` are implemented for legacy clients; registration policy decides who may
 * still use them.
 */
export const serverCapabilities = {
  grantTypes: [
    'authorization_code',
    'refresh_token',
    'client_credentials',
    DEVICE_CODE_GRANT,
    'implicit',
    'password',
  ],
  responseTypes: ['code', 'id_token', 'token', 'code id_token', 'code token', 'id_token token', 'code id_token token', 'none'],
  responseModes: ['query', 'fragment', 'form_post'],
  tokenEndpointAuthMethods: ['client_secret_basic', 'client_secret_post', 'client_secret_jwt', 'private_key_jwt', 'none'],
  tokenEndpointAuthSigningAlgs: [...hmacAlgs, ...asymmetricAlgs],
  idTokenSigningAlgs: [...asymmetricAlgs, ...hmacAlgs],
  userinfoSigningAlgs: [...asymmetricAlgs, ...hmacAlgs],
  requestObjectSigningAlgs: [...asymmetricAlgs, ...hmacAlgs],
  // ID token, userinfo and request object encryption are not implemented yet: registrations that
  // ask for them are refused rather than accepted and silently ignored.
  encryptionAlgs: [],
  encryptionEncs: [],
  subjectTypes: ['public', 'pairwise'],
  applicationTypes: ['web', 'native'],
  scopes: ['openid', 'profile', 'email', 'offline_access'],
  codeChallengeMethods: ['S256'],
} as const;

export type ServerCapabilities = {
  readonly [K in keyof typeof serverCapabilities]: readonly string[];
};

export type GrantType = (typeof serverCapabilities.grantTypes)[number];
export type ResponseType = (typeof serverCapabilities.responseTypes)[number];
export type TokenEndpointAuthMethod = (typeof serverCapabilities.tokenEndpointAuthMethods)[number];
