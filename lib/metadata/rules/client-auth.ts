import { isHmacAlg } from '../algorithms';
import { isAuthMethodAllowed } from '../context';
import { removeFields, setField } from '../draft';
import { defineRule, type Rule } from '../rule';
import { specs } from '../specs';

export const clientAuthRules: readonly Rule[] = [
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
      apply: (draft) => setField(draft, 'token_endpoint_auth_method', 'client_secret_basic'),
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
];
