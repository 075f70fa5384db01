import { registrantLabel, type AnalyzeContext, type RegistrantLimits } from '../context';
import { defineRule, type Rule } from '../rule';
import { specs } from '../specs';
import { pathsOfValue } from '../subject';
import { isLocal, isWebScheme } from '../uri';
import { describeUri, uriRule } from './uri-rule';

function hostAllowed(host: string, allowed: readonly string[]): boolean {
  return allowed.some((pattern) => {
    const entry = pattern.toLowerCase();
    return entry.startsWith('*.') ? host.endsWith(entry.slice(1)) : host === entry;
  });
}

function limitsOf(context: AnalyzeContext): RegistrantLimits | undefined {
  return context.policy.limits[context.policy.registrant];
}

interface Refused {
  readonly value: string;
  readonly allowed: readonly string[];
  readonly registrant: string;
}

const refusedMessage = (noun: string) => ({ value, allowed, registrant }: Refused) =>
  `${noun} ${value} is not allowed for ${registrantLabel(registrant)}. Allowed: ${allowed.join(', ') || 'none'}.`;

export const policyRules: readonly Rule[] = [
  uriRule({
    id: 'redirect-host-not-allowed',
    severity: 'error',
    summary: 'Redirect URIs point to hosts the registration policy allows.',
    spec: specs.registrationMetadata,
    violates: (entry, _subject, context) => {
      const allowed = context.policy.allowedRedirectHosts;
      return allowed.length > 0 && isWebScheme(entry.uri) && !isLocal(entry.uri) && !hostAllowed(entry.uri.host, allowed);
    },
    message: (entry) => `${describeUri(entry)} points to ${entry.uri.host}, which this server does not accept redirects to.`,
  }),
  defineRule<Refused>({
    id: 'grant-type-not-allowed',
    severity: 'error',
    summary: 'Grant types are within what the registration policy grants this kind of registrant.',
    fields: ['grant_types[]'],
    spec: specs.registrationMetadata,
    oauthError: 'invalid_client_metadata',
    check: (subject, context) => {
      const allowed = limitsOf(context)?.grantTypes;
      if (!allowed) return [];
      return [...subject.grants]
        // Unsupported grants and the password grant have rules of their own.
        .filter((grant) => grant !== 'password' && context.supported.grantTypes.includes(grant) && !allowed.includes(grant))
        .map((grant) => ({
          fields: pathsOfValue(subject, 'grant_types', grant),
          details: { value: grant, allowed, registrant: context.policy.registrant },
        }));
    },
    message: refusedMessage('Grant type'),
  }),
  defineRule<Refused>({
    id: 'auth-method-not-allowed',
    severity: 'error',
    summary: 'token_endpoint_auth_method is within what the registration policy grants this kind of registrant.',
    fields: ['token_endpoint_auth_method'],
    spec: specs.registrationMetadata,
    oauthError: 'invalid_client_metadata',
    check: (subject, context) => {
      const allowed = limitsOf(context)?.tokenEndpointAuthMethods;
      const method = subject.metadata.token_endpoint_auth_method;
      if (!allowed || allowed.includes(method) || !context.supported.tokenEndpointAuthMethods.includes(method)) return [];
      return [{ fields: ['token_endpoint_auth_method'], details: { value: method, allowed, registrant: context.policy.registrant } }];
    },
    message: refusedMessage('Authentication method'),
  }),
  defineRule({
    id: 'pkce-required',
    severity: 'info',
    summary: 'Where policy requires PKCE, code-flow clients are told to send a code_challenge.',
    fields: ['response_types'],
    spec: specs.bcpAuthorizationCode,
    oauthError: 'invalid_client_metadata',
    check: (subject, context) =>
      context.policy.requirePkce && subject.responseWords.has('code') ? ['response_types'] : [],
    message:
      'This server requires PKCE: every authorization request must carry a code_challenge (method S256), and the ' +
      'token request the matching code_verifier.',
  }),
];
