import type { GrantType, ResponseType, TokenEndpointAuthMethod } from './capabilities';
import { rfcSection, specs } from './specs';
import type { SpecRef } from './types';

export interface Explanation {
  readonly title: string;
  /** What it does. */
  readonly what: string;
  /** When to choose it. */
  readonly chooseWhen: string;
  /** What it is registered together with. */
  readonly pairsWith: string;
  readonly risks: string;
  readonly spec: SpecRef;
}

export interface Explanations {
  readonly grantTypes: Readonly<Record<GrantType, Explanation>>;
  readonly responseTypes: Readonly<Record<ResponseType, Explanation>>;
  readonly tokenEndpointAuthMethods: Readonly<Record<TokenEndpointAuthMethod, Explanation>>;
}

const hybrid = (gives: string): Explanation => ({
  title: `Hybrid: code with ${gives}`,
  what: `The authorization response carries a code plus ${gives}; the rest comes from the token endpoint.`,
  chooseWhen: 'Only to interoperate with an existing client built for the hybrid flow. New clients use plain code.',
  pairsWith: 'Grant types authorization_code and implicit; https redirect URIs.',
  risks: 'Whatever arrives in the front channel sits in the browser URL and history. Validate the ID token c_hash and nonce.',
  spec: specs.oidcHybridFlow,
});

/** Plain-language guidance for every grant type, response type and client authentication method offered. */
export const explanations: Explanations = {
  grantTypes: {
    authorization_code: {
      title: 'Authorization code',
      what: 'The user signs in at the server, the browser brings a one-time code back to the client, and the client trades it for tokens.',
      chooseWhen: 'Any app with a user: web servers, single-page apps and native apps alike.',
      pairsWith: 'Response type code, at least one redirect URI, PKCE, and usually refresh_token.',
      risks: 'A stolen code is worthless with PKCE; without it, an attacker who intercepts the redirect can redeem it.',
      spec: rfcSection(6749, '4.1'),
    },
    refresh_token: {
      title: 'Refresh token',
      what: 'Exchanges a long-lived refresh token for fresh access tokens without bringing the user back.',
      chooseWhen: 'When the client must keep working after the first access token expires, including while the user is away.',
      pairsWith: 'A grant that issues refresh tokens: authorization_code or the device grant; scope offline_access for OpenID Connect.',
      risks: 'A leaked refresh token keeps working until revoked. Public clients get rotating, sender-bound refresh tokens.',
      spec: rfcSection(6749, '6'),
    },
    client_credentials: {
      title: 'Client credentials',
      what: 'The client authenticates itself and receives a token for its own account; no user is involved.',
      chooseWhen: 'Backend services, daemons and scheduled jobs calling APIs on their own behalf.',
      pairsWith: 'A confidential authentication method (private_key_jwt or client_secret_basic), no redirect URIs, response_types [].',
      risks: 'Anyone holding the credential acts as the service. Keep it in a secret store and rotate it.',
      spec: rfcSection(6749, '4.4'),
    },
    'urn:ietf:params:oauth:grant-type:device_code': {
      title: 'Device authorization',
      what: 'The device shows a short code; the user approves it on another screen while the device polls the token endpoint.',
      chooseWhen: 'TVs, consoles, CLIs and other devices without a usable browser or keyboard.',
      pairsWith: 'token_endpoint_auth_method none for devices shipped to users, refresh_token, no redirect URIs.',
      risks: 'Users can be tricked into approving a code an attacker started; the consent screen must name the client clearly.',
      spec: rfcSection(8628, '3.4'),
    },
    implicit: {
      title: 'Implicit (deprecated)',
      what: 'Tokens come straight back in the browser redirect, with no code exchange.',
      chooseWhen: 'Only for an ID token alone (response type id_token) in legacy sign-in integrations. Use code with PKCE otherwise.',
      pairsWith: 'Response types containing token or id_token, https redirect URIs.',
      risks: 'Access tokens in the URL leak through history, referrers and logs and can be injected into the client.',
      spec: specs.bcpImplicit,
    },
    password: {
      title: 'Resource owner password (deprecated)',
      what: 'The client collects the user\'s username and password and sends them to the token endpoint.',
      chooseWhen: 'Only to migrate a legacy first-party app, and only where registration policy allows it.',
      pairsWith: 'A confidential client and refresh_token.',
      risks: 'The client sees the password, phishing looks legitimate, and sign-in cannot use MFA, passkeys or federation.',
      spec: specs.bcpPassword,
    },
  },
  responseTypes: {
    code: {
      title: 'Code',
      what: 'The authorization response carries only a short-lived code, redeemed at the token endpoint.',
      chooseWhen: 'The default for every client with a user.',
      pairsWith: 'Grant type authorization_code and PKCE.',
      risks: 'Low: the code is useless without the PKCE verifier or the client\'s credentials.',
      spec: rfcSection(6749, '4.1.1'),
    },
    id_token: {
      title: 'ID token only',
      what: 'Returns an ID token in the redirect and no access token: sign-in without API access.',
      chooseWhen: 'Legacy front-channel sign-in that needs no API calls.',
      pairsWith: 'Grant type implicit, scope openid, https redirect URIs.',
      risks: 'The ID token is exposed in the browser; always check its nonce and signature.',
      spec: specs.oidcImplicitFlow,
    },
    token: {
      title: 'Access token (deprecated)',
      what: 'Returns an access token directly in the redirect.',
      chooseWhen: 'Never for new clients; migrate to code with PKCE.',
      pairsWith: 'Grant type implicit.',
      risks: 'The token can leak from the URL or be swapped for an attacker\'s, and it cannot be sender-constrained.',
      spec: specs.bcpImplicit,
    },
    'code id_token': hybrid('an ID token'),
    'code token': hybrid('an access token'),
    'code id_token token': hybrid('an ID token and an access token'),
    'id_token token': {
      title: 'ID token and access token (deprecated)',
      what: 'Returns both tokens in the redirect, with no code.',
      chooseWhen: 'Never for new clients; migrate to code with PKCE.',
      pairsWith: 'Grant type implicit.',
      risks: 'Same as token: the access token is exposed in the browser.',
      spec: specs.bcpImplicit,
    },
    none: {
      title: 'None',
      what: 'Confirms the user\'s session and consent without issuing any credential.',
      chooseWhen: 'Rarely: to check that a user has authorized the client without obtaining tokens.',
      pairsWith: 'Nothing else in the same response type; a redirect URI.',
      risks: 'Little on its own.',
      spec: specs.responseTypeNone,
    },
  },
  tokenEndpointAuthMethods: {
    client_secret_basic: {
      title: 'Client secret in the Authorization header',
      what: 'The client sends its ID and secret with HTTP Basic authentication.',
      chooseWhen: 'Confidential server-side clients that can keep a secret.',
      pairsWith: 'authorization_code, refresh_token or client_credentials.',
      risks: 'The secret crosses the wire with every request and is stored by both sides; rotate it when people leave.',
      spec: specs.oauthClientPassword,
    },
    client_secret_post: {
      title: 'Client secret in the request body',
      what: 'The client sends its ID and secret as form parameters.',
      chooseWhen: 'Only for libraries that cannot send an Authorization header.',
      pairsWith: 'The same grants as client_secret_basic.',
      risks: 'Request bodies end up in logs and proxies more often than headers do.',
      spec: specs.oauthClientPassword,
    },
    client_secret_jwt: {
      title: 'JWT signed with the client secret',
      what: 'The client signs a short-lived JWT with an HMAC of its secret; the secret itself never travels.',
      chooseWhen: 'When a shared secret is unavoidable but should not be sent over the wire.',
      pairsWith: 'token_endpoint_auth_signing_alg HS256, HS384 or HS512.',
      risks: 'The server must store the secret in readable form to check the HMAC, so a database leak exposes it.',
      spec: specs.oidcClientAuth,
    },
    private_key_jwt: {
      title: 'JWT signed with the client\'s private key',
      what: 'The client signs a short-lived JWT with its private key; the server checks it with the registered public key.',
      chooseWhen: 'The strongest choice for confidential clients, and the usual one for services.',
      pairsWith: 'jwks_uri (or jwks) and an asymmetric token_endpoint_auth_signing_alg such as ES256 or RS256.',
      risks: 'Low: nothing secret is shared. Keep the private key in a key store and publish rotated keys in time.',
      spec: specs.jwtClientAuth,
    },
    none: {
      title: 'None (public client)',
      what: 'The client does not authenticate; it only presents its client_id.',
      chooseWhen: 'Single-page apps, native apps and devices, which cannot keep a secret anyway.',
      pairsWith: 'PKCE for the code flow, or the device grant; never client_credentials.',
      risks: 'Anyone can claim to be the client, so redirect URIs and PKCE are what protect the user.',
      spec: specs.nativeClientAuth,
    },
  },
};
