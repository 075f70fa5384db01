import { DEVICE_CODE_GRANT } from '../capabilities';
import { isGrantAllowed } from '../context';
import type { Flows } from '../defaults';
import { editFlows, withGrant, withoutGrant } from '../draft';
import { isFrontChannelTokenType, responseTypeWords } from '../response-types';
import { defineRule, type Rule, type RuleFix } from '../rule';
import { specs } from '../specs';
import { pathsOfValue } from '../subject';

/** Grants after which the token endpoint may hand out a refresh token (RFC 6749 §4.2.2, §4.4.3). */
const REFRESH_ISSUING_GRANTS = ['authorization_code', 'password', DEVICE_CODE_GRANT];
const REDIRECT_GRANTS = ['authorization_code', 'implicit'];

const hasCode = (words: ReadonlySet<string>) => words.has('code');

interface ResponseNeedsGrant {
  readonly id: string;
  readonly grant: string;
  readonly needs: (words: ReadonlySet<string>) => boolean;
}

/** RFC 7591 §2.1: a response type is only usable together with the grant type it belongs to. */
function responseNeedsGrant({ id, grant, needs }: ResponseNeedsGrant): Rule {
  return defineRule<string>({
    id,
    severity: 'error',
    summary: `Response types that rely on ${grant} come with grant type ${grant}.`,
    fields: ['response_types[]', 'grant_types'],
    spec: specs.registrationFlows,
    oauthError: 'invalid_client_metadata',
    check: (subject) =>
      subject.grants.has(grant)
        ? []
        : subject.responseTypes
            .filter((entry) => needs(entry.words))
            .map((entry) => ({ fields: [entry.path, 'grant_types'], details: entry.value })),
    message: (value) => `Response type "${value}" only works with the ${grant} grant type, which grant_types lacks.`,
    fix: {
      label: `Add grant type ${grant}`,
      available: (_value, _subject, context) => isGrantAllowed(context, grant),
      apply: (draft) => editFlows(draft, (flows) => withGrant(flows, grant)),
    },
  });
}

interface GrantNeedsResponse {
  readonly id: string;
  readonly grant: string;
  readonly satisfied: (words: ReadonlySet<string>) => boolean;
  readonly wanted: string;
  readonly fix: RuleFix<undefined>;
}

/** RFC 7591 §2.1 the other way round: a redirect-based grant is useless without its response type. */
function grantNeedsResponse({ id, grant, satisfied, wanted, fix }: GrantNeedsResponse): Rule {
  return defineRule({
    id,
    severity: 'error',
    summary: `Grant type ${grant} comes with a response type ${wanted}.`,
    fields: ['grant_types[]', 'response_types'],
    spec: specs.registrationFlows,
    oauthError: 'invalid_client_metadata',
    check: (subject) =>
      subject.grants.has(grant) && !subject.responseTypes.some((entry) => satisfied(entry.words))
        ? [{ fields: [...pathsOfValue(subject, 'grant_types', grant), 'response_types'], details: undefined }]
        : [],
    message: `Grant type ${grant} starts at the authorization endpoint, but no response type ${wanted} is registered.`,
    fix,
  });
}

const dropRedirectFlow = (flows: Flows): Flows => ({ ...flows, response_types: [] });

export const flowRules: readonly Rule[] = [
  responseNeedsGrant({ id: 'response-type-needs-authorization-code', grant: 'authorization_code', needs: hasCode }),
  responseNeedsGrant({ id: 'response-type-needs-implicit', grant: 'implicit', needs: isFrontChannelTokenType }),
  grantNeedsResponse({
    id: 'authorization-code-needs-response-type',
    grant: 'authorization_code',
    satisfied: hasCode,
    wanted: 'containing code',
    fix: {
      label: 'Add response type code',
      available: (_details, _subject, context) => context.supported.responseTypes.includes('code'),
      apply: (draft) => editFlows(draft, (flows) => ({ ...flows, response_types: [...flows.response_types, 'code'] })),
    },
  }),
  grantNeedsResponse({
    id: 'implicit-needs-response-type',
    grant: 'implicit',
    satisfied: isFrontChannelTokenType,
    wanted: 'containing token or id_token',
    fix: {
      label: 'Remove grant type implicit',
      apply: (draft) => editFlows(draft, (flows) => withoutGrant(flows, 'implicit')),
    },
  }),
  defineRule<string>({
    id: 'response-type-none-combined',
    severity: 'error',
    summary: 'Response type none is never combined with another response type.',
    fields: ['response_types[]'],
    spec: specs.responseTypeNone,
    oauthError: 'invalid_client_metadata',
    check: (subject) =>
      subject.responseTypes
        .filter((entry) => entry.words.has('none') && entry.words.size > 1)
        .map((entry) => ({ fields: [entry.path], details: entry.value })),
    message: (value) =>
      `Response type "${value}" combines none with other values; none asks for no credentials at all, so it stands alone.`,
    fix: {
      label: 'Drop none from the combination',
      apply: (draft, value) =>
        editFlows(draft, (flows) => ({
          ...flows,
          response_types: flows.response_types.map((item) =>
            item === value ? responseTypeWords(item).filter((word) => word !== 'none').join(' ') : item,
          ),
        })),
    },
  }),
  defineRule({
    id: 'refresh-token-without-issuing-grant',
    severity: 'warning',
    summary: 'Grant type refresh_token comes with a grant that issues refresh tokens.',
    fields: ['grant_types[]'],
    spec: specs.oauthRefreshToken,
    oauthError: 'invalid_client_metadata',
    check: (subject) =>
      subject.grants.has('refresh_token') && !REFRESH_ISSUING_GRANTS.some((grant) => subject.grants.has(grant))
        ? pathsOfValue(subject, 'grant_types', 'refresh_token')
        : [],
    message:
      'Grant type refresh_token is never used: refresh tokens come only with authorization_code, the device code grant ' +
      'or password, and this client registers none of them.',
    fix: {
      label: 'Remove grant type refresh_token',
      apply: (draft) => editFlows(draft, (flows) => withoutGrant(flows, 'refresh_token')),
    },
  }),
  defineRule({
    id: 'redirect-flow-unused',
    severity: 'warning',
    summary: 'Clients whose grants never use the browser register no redirect URIs or response types.',
    fields: ['redirect_uris', 'response_types'],
    spec: specs.registrationFlows,
    oauthError: 'invalid_client_metadata',
    check: (subject) => {
      if (subject.grants.size === 0 || REDIRECT_GRANTS.some((grant) => subject.grants.has(grant))) return [];
      const fields: string[] = [];
      if (subject.redirectUris.length > 0) fields.push('redirect_uris');
      if (subject.responseTypes.length > 0) fields.push('response_types');
      return fields.length > 0 ? [{ fields, details: undefined }] : [];
    },
    message:
      'This client\'s grant types never pass through the browser, so its redirect URIs and response types would ' +
      'never be used. Leave them out so that nobody can start an authorization request in its name.',
    fix: {
      label: 'Remove redirect URIs and response types',
      apply: (draft) => {
        delete draft.redirect_uris;
        return editFlows(draft, dropRedirectFlow);
      },
    },
  }),
  defineRule({
    id: 'grant-types-empty',
    severity: 'warning',
    summary: 'A client registers at least one grant type.',
    fields: ['grant_types'],
    spec: specs.registrationFlows,
    oauthError: 'invalid_client_metadata',
    check: (subject) => (subject.metadata.grant_types.length === 0 ? ['grant_types'] : []),
    message: 'No grant type is registered, so this client cannot obtain any token.',
  }),
];
