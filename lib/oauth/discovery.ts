import type { RegistrationMode } from '../config';
import { serverCapabilities } from '../metadata';
import { introspectionEndpointUrl, jwksUrl, revocationEndpointUrl, tokenEndpointUrl } from './token/runtime';

export interface DiscoveryInput {
  issuer: string;
  registrationMode: RegistrationMode;
}

/**
 * Authorization server metadata (RFC 8414) and OpenID Provider metadata (OIDC Discovery 1.0 §3),
 * derived from the same capability list the rulebook judges registrations against. An endpoint
 * appears here only once the server answers on it.
 */
export function discoveryDocument({ issuer, registrationMode }: DiscoveryInput): Record<string, unknown> {
  const document: Record<string, unknown> = {
    issuer,
    authorization_endpoint: `${issuer}/oauth/authorize`,
    token_endpoint: tokenEndpointUrl(issuer),
    device_authorization_endpoint: `${issuer}/oauth/device_authorization`,
    userinfo_endpoint: `${issuer}/oauth/userinfo`,
    end_session_endpoint: `${issuer}/oauth/logout`,
    jwks_uri: jwksUrl(issuer),
    registration_endpoint: registrationMode === 'disabled' ? undefined : `${issuer}/oauth/register`,
    introspection_endpoint: introspectionEndpointUrl(issuer),
    revocation_endpoint: revocationEndpointUrl(issuer),
    scopes_supported: serverCapabilities.scopes,
    response_types_supported: serverCapabilities.responseTypes,
    response_modes_supported: serverCapabilities.responseModes,
    grant_types_supported: serverCapabilities.grantTypes,
    token_endpoint_auth_methods_supported: serverCapabilities.tokenEndpointAuthMethods,
    token_endpoint_auth_signing_alg_values_supported: serverCapabilities.tokenEndpointAuthSigningAlgs,
    // Introspection and revocation authenticate clients with the same module as the token endpoint.
    introspection_endpoint_auth_methods_supported: serverCapabilities.tokenEndpointAuthMethods,
    introspection_endpoint_auth_signing_alg_values_supported: serverCapabilities.tokenEndpointAuthSigningAlgs,
    revocation_endpoint_auth_methods_supported: serverCapabilities.tokenEndpointAuthMethods,
    revocation_endpoint_auth_signing_alg_values_supported: serverCapabilities.tokenEndpointAuthSigningAlgs,
    code_challenge_methods_supported: serverCapabilities.codeChallengeMethods,
    subject_types_supported: serverCapabilities.subjectTypes,
    id_token_signing_alg_values_supported: serverCapabilities.idTokenSigningAlgs,
    claims_supported: ['sub', 'iss', 'aud', 'exp', 'iat', 'auth_time', 'nonce', 'azp', 'at_hash', 'c_hash', 'name', 'preferred_username', 'email', 'email_verified'],
    authorization_response_iss_parameter_supported: true,
    claims_parameter_supported: false,
    request_parameter_supported: false,
    request_uri_parameter_supported: false,
    service_documentation: `${issuer}/api/openapi.json`,
  };
  return Object.fromEntries(Object.entries(document).filter(([, value]) => value !== undefined));
}
