import type { AnalyzeContext } from '../context';
import { isGrantAllowed } from '../context';
import type { Flows } from '../defaults';
import { editFlows, withoutGrant } from '../draft';
import { canonicalResponseType, isFrontChannelTokenType, responseTypeWords } from '../response-types';
import { defineRule, type Rule } from '../rule';
import { specs } from '../specs';
import { pathsOfValue, type Subject } from '../subject';

/** Swaps the access token of each response type for a code, keeping any ID token. */
function toCodeFlow(flows: Flows): Flows {
  const response_types = [
    ...new Set(
      flows.response_types.map((value) => {
        const words = responseTypeWords(value);
        return words.includes('token') ? canonicalResponseType([...words.filter((w) => w !== 'token'), 'code'].join(' ')) : value;
      }),
    ),
  ];
  const stillImplicit = response_types.some((value) => isFrontChannelTokenType(responseTypeWords(value)));
  const grants = flows.grant_types.filter((grant) => grant !== 'implicit' || stillImplicit);
  if (!grants.includes('authorization_code')) grants.push('authorization_code');
  return { grant_types: grants, response_types };
}

function canMoveToCodeFlow(subject: Subject, context: AnalyzeContext): boolean {
  const target = toCodeFlow({ grant_types: subject.metadata.grant_types, response_types: subject.metadata.response_types });
  const supported = new Set(context.supported.responseTypes.map(canonicalResponseType));
  return isGrantAllowed(context, 'authorization_code') && target.response_types.every((value) => supported.has(value));
}

interface PasswordPolicyRule {
  readonly id: string;
  readonly severity: 'error' | 'warning';
  readonly allowed: boolean;
  readonly summary: string;
  readonly message: string;
}

/** Refused outright where policy forbids it, and still discouraged where policy tolerates it. */
const passwordRules: readonly PasswordPolicyRule[] = [
  {
    id: 'password-grant-refused',
    severity: 'error',
    allowed: false,
    summary: 'The password grant is refused unless registration policy allows it.',
    message:
      'The password grant is not allowed here: it hands the user\'s password to the client and cannot support ' +
      'multi-factor or federated sign-in. Use the authorization code flow, or the device grant for input-constrained devices.',
  },
  {
    id: 'password-grant-discouraged',
    severity: 'warning',
    allowed: true,
    summary: 'The password grant is discouraged even where policy allows it.',
    message:
      'The password grant is allowed by policy but deprecated: the client sees the user\'s password and sign-in ' +
      'cannot use a second factor. Prefer the authorization code flow.',
  },
];

export const deprecatedGrantRules: readonly Rule[] = [
  defineRule<readonly string[]>({
    id: 'implicit-token-deprecated',
    severity: 'warning',
    summary: 'Response types returning access tokens from the authorization endpoint are replaced by the code flow with PKCE.',
    fields: ['response_types[]'],
    spec: specs.bcpImplicit,
    oauthError: 'invalid_client_metadata',
    check: (subject) => {
      const leaking = subject.responseTypes.filter((entry) => entry.words.has('token'));
      return leaking.length === 0
        ? []
        : [{ fields: leaking.map((entry) => entry.path), details: leaking.map((entry) => entry.value) }];
    },
    message: (values) =>
      `Response type${values.length > 1 ? 's' : ''} ${values.map((v) => `"${v}"`).join(', ')} put the access token in ` +
      'the browser redirect, where it can leak through history, referrers or logs and cannot be bound to the client. ' +
      'Use the code flow with PKCE instead.',
    fix: {
      label: 'Switch to the code flow with PKCE',
      available: (_values, subject, context) => canMoveToCodeFlow(subject, context),
      apply: (draft) => editFlows(draft, toCodeFlow),
    },
  }),
  ...passwordRules.map((rule) =>
    defineRule({
      id: rule.id,
      severity: rule.severity,
      summary: rule.summary,
      fields: ['grant_types[]'],
      spec: specs.bcpPassword,
      oauthError: 'invalid_client_metadata',
      check: (subject, context) => {
        if (!context.supported.grantTypes.includes('password') || context.policy.allowPasswordGrant !== rule.allowed) return [];
        return pathsOfValue(subject, 'grant_types', 'password');
      },
      message: rule.message,
      fix: {
        label: 'Remove the password grant',
        apply: (draft) => editFlows(draft, (flows) => withoutGrant(flows, 'password')),
      },
    }),
  ),
];
