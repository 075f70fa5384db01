import type { SpecRef } from './types';

export function rfcSection(number: number, section: string): SpecRef {
  return {
    clause: `RFC ${number} §${section}`,
    url: `https://www.rfc-editor.org/rfc/rfc${number}#section-${section}`,
  };
}

function openid(document: string, title: string, section: string, anchor: string): SpecRef {
  return { clause: `${title} §${section}`, url: `https://openid.net/specs/${document}.html#${anchor}` };
}

const core = (section: string, anchor: string) => openid('openid-connect-core-1_0', 'OIDC Core', section, anchor);

/** Every clause the rulebook cites, so a citation is written once and checked once. */
export const specs = {
  oauthRedirectEndpoint: rfcSection(6749, '3.1.2'),
  oauthRedirectTls: rfcSection(6749, '3.1.2.1'),
  oauthClientPassword: rfcSection(6749, '2.3.1'),
  oauthClientCredentials: rfcSection(6749, '4.4'),
  oauthRefreshToken: rfcSection(6749, '1.5'),
  jwkParameters: rfcSection(7517, '4'),
  jwkSet: rfcSection(7517, '5'),
  jwaKeyParameters: rfcSection(7518, '6'),
  jwtClientAuth: rfcSection(7523, '2.2'),
  registrationMetadata: rfcSection(7591, '2'),
  registrationFlows: rfcSection(7591, '2.1'),
  registrationLanguages: rfcSection(7591, '2.2'),
  registrationSecurity: rfcSection(7591, '5'),
  nativePrivateScheme: rfcSection(8252, '7.1'),
  nativeLoopback: rfcSection(8252, '7.3'),
  nativeLoopbackConsiderations: rfcSection(8252, '8.3'),
  nativeClientAuth: rfcSection(8252, '8.5'),
  deviceGrant: rfcSection(8628, '3.4'),
  pkce: rfcSection(7636, '4.4'),
  bcpAuthorizationCode: rfcSection(9700, '2.1.1'),
  bcpImplicit: rfcSection(9700, '2.1.2'),
  bcpPassword: rfcSection(9700, '2.4'),
  bcpRedirectValidation: rfcSection(9700, '4.1'),
  bcpRedirectMatching: rfcSection(9700, '4.1.3'),
  oidcRegistration: openid('openid-connect-registration-1_0', 'OIDC Registration', '2', 'ClientMetadata'),
  oidcPairwise: core('8.1', 'PairwiseAlg'),
  oidcRequestUri: core('6.2', 'UseRequestUri'),
  oidcClientAuth: core('9', 'ClientAuthentication'),
  oidcSigning: core('10.1', 'Signing'),
  oidcOfflineAccess: core('11', 'OfflineAccess'),
  oidcImplicitFlow: core('3.2', 'ImplicitFlowAuth'),
  oidcHybridFlow: core('3.3', 'HybridFlowAuth'),
  responseTypeNone: openid('oauth-v2-multiple-response-types-1_0', 'OAuth 2.0 Multiple Response Types', '4', 'none'),
} as const satisfies Record<string, SpecRef>;
