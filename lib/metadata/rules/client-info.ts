import { setField, setList, stringList } from '../draft';
import { defineRule, type Rule } from '../rule';
import { specs } from '../specs';
import type { Subject, UriEntry } from '../subject';
import { isLocal, isWebScheme, upgradeToHttps } from '../uri';

// Deliberately loose: the point is to catch URLs, phone numbers and names, not to police RFC 5322.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const MAILTO = /^mailto:/i;

const infoFields = ['client_uri', 'logo_uri', 'tos_uri', 'policy_uri'].flatMap((field) => [field, `${field}#…`]);

function toContact(value: string): string {
  return value.trim().replace(MAILTO, '');
}

/** Same host, or one is a subdomain of the other: app.example.com and example.com belong together. */
function sameSite(a: string, b: string): boolean {
  return a === b || a.endsWith(`.${b}`) || b.endsWith(`.${a}`);
}

function publicRedirectHosts(subject: Subject): string[] {
  const hosts: string[] = [];
  for (const entry of subject.redirectUris) {
    if (entry.uri.valid && isWebScheme(entry.uri) && !isLocal(entry.uri) && !hosts.includes(entry.uri.host)) hosts.push(entry.uri.host);
  }
  return hosts;
}

function hasClientName(subject: Subject): boolean {
  const metadata = subject.metadata as Record<string, unknown>;
  return Object.keys(metadata).some((key) => {
    const value = metadata[key];
    return (key === 'client_name' || key.startsWith('client_name#')) && typeof value === 'string' && value.trim() !== '';
  });
}

const isWebUrl = (entry: UriEntry) => entry.uri.valid && isWebScheme(entry.uri);

export const clientInfoRules: readonly Rule[] = [
  defineRule<UriEntry>({
    id: 'client-info-uri-invalid',
    severity: 'error',
    summary: 'client_uri, logo_uri, tos_uri and policy_uri are absolute http(s) URLs.',
    fields: infoFields,
    spec: specs.registrationMetadata,
    oauthError: 'invalid_client_metadata',
    check: (subject) =>
      subject.clientInfoUris.filter((entry) => !isWebUrl(entry)).map((entry) => ({ fields: [entry.path], details: entry })),
    message: (entry) =>
      `${entry.path} must be a web address starting with https://, not "${entry.uri.raw}"; users open it from the consent page.`,
  }),
  defineRule<UriEntry>({
    id: 'client-info-uri-insecure',
    severity: 'warning',
    summary: 'Client information URLs use https.',
    fields: infoFields,
    spec: specs.registrationSecurity,
    oauthError: 'invalid_client_metadata',
    check: (subject) =>
      subject.clientInfoUris
        .filter((entry) => isWebUrl(entry) && entry.uri.scheme === 'http')
        .map((entry) => ({ fields: [entry.path], details: entry })),
    message: (entry) =>
      `${entry.path} uses plain http; the consent page would load or link it without encryption. Use https.`,
    fix: {
      label: 'Use https',
      apply: (draft, entry) => setField(draft, entry.field, upgradeToHttps(entry.uri.raw)),
    },
  }),
  defineRule<{ entry: UriEntry; hosts: readonly string[] }>({
    id: 'client-info-uri-foreign-host',
    severity: 'warning',
    summary: 'Client information URLs live on the same site as the redirect URIs.',
    fields: infoFields,
    spec: specs.registrationSecurity,
    oauthError: 'invalid_client_metadata',
    check: (subject) => {
      const hosts = publicRedirectHosts(subject);
      if (hosts.length === 0) return [];
      return subject.clientInfoUris
        .filter((entry) => isWebUrl(entry) && !hosts.some((host) => sameSite(host, entry.uri.host)))
        .map((entry) => ({ fields: [entry.path], details: { entry, hosts } }));
    },
    message: ({ entry, hosts }) =>
      `${entry.path} points to ${entry.uri.host}, which is not where the client receives users (${hosts.join(', ')}). ` +
      'Links to another site on the consent page can make a client look like someone else.',
  }),
  defineRule<string>({
    id: 'contact-not-email',
    severity: 'warning',
    summary: 'contacts are e-mail addresses.',
    fields: ['contacts[]'],
    spec: specs.oidcRegistration,
    oauthError: 'invalid_client_metadata',
    check: (subject) =>
      (subject.metadata.contacts ?? []).flatMap((contact, index) =>
        EMAIL.test(contact) ? [] : [{ fields: [subject.pathOf('contacts', index)], details: contact }],
      ),
    message: (contact) => `Contact "${contact}" is not an e-mail address; the server mails contacts about this client.`,
    fix: {
      label: 'Keep only e-mail addresses',
      apply: (draft) =>
        setList(draft, 'contacts', stringList(draft, 'contacts').map(toContact).filter((contact) => EMAIL.test(contact))),
    },
  }),
  defineRule({
    id: 'client-name-missing',
    severity: 'warning',
    summary: 'Clients have a client_name to show on the consent page.',
    fields: ['client_name'],
    spec: specs.registrationMetadata,
    oauthError: 'invalid_client_metadata',
    check: (subject) => (hasClientName(subject) ? [] : ['client_name']),
    message: 'Without client_name the consent page can only show the bare client_id, and users cannot tell who is asking.',
  }),
];
