import { isGrantAllowed } from '../context';
import { editFlows, withGrant } from '../draft';
import { defineRule, type Rule } from '../rule';
import { specs } from '../specs';
import type { Subject } from '../subject';
import { splitWords } from '../words';

function scopesOf(subject: Subject): string[] {
  return subject.metadata.scope === undefined ? [] : splitWords(subject.metadata.scope);
}

export const scopeRules: readonly Rule[] = [
  defineRule<{ unknown: readonly string[]; supported: readonly string[] }>({
    id: 'scope-unsupported',
    // Custom scopes are how APIs are protected: the server grants them as registered and resource
    // servers give them meaning, so they teach rather than warn.
    severity: 'info',
    summary: 'Scopes other than the OpenID Connect ones are the client’s own API scopes.',
    fields: ['scope'],
    spec: specs.registrationMetadata,
    oauthError: 'invalid_client_metadata',
    check: (subject, context) => {
      const supported = context.supported.scopes;
      const unknown = scopesOf(subject).filter((scope) => !supported.includes(scope));
      return unknown.length > 0 ? [{ fields: ['scope'], details: { unknown, supported } }] : [];
    },
    message: ({ unknown, supported }) =>
      `${unknown.join(', ')} ${unknown.length > 1 ? 'are API scopes' : 'is an API scope'} rather than one of the server's ` +
      `(${supported.join(', ')}): the server grants ${unknown.length > 1 ? 'them' : 'it'} exactly as registered, and the ` +
      `resource servers that receive the tokens decide what ${unknown.length > 1 ? 'they allow' : 'it allows'}.`,
  }),
  defineRule({
    id: 'offline-access-without-refresh-token',
    severity: 'warning',
    summary: 'Clients asking for offline_access register the refresh_token grant.',
    fields: ['scope', 'grant_types'],
    spec: specs.oidcOfflineAccess,
    oauthError: 'invalid_client_metadata',
    check: (subject) =>
      scopesOf(subject).includes('offline_access') && !subject.grants.has('refresh_token') ? [{ fields: ['scope', 'grant_types'], details: undefined }] : [],
    message:
      'offline_access asks for a refresh token, but grant type refresh_token is not registered, so the client ' +
      'could never use one.',
    fix: {
      label: 'Add grant type refresh_token',
      available: (_details, _subject, context) => isGrantAllowed(context, 'refresh_token'),
      apply: (draft) => editFlows(draft, (flows) => withGrant(flows, 'refresh_token')),
    },
  }),
];
