import { setField } from '../draft';
import { defineRule, type Rule, type RuleFix } from '../rule';
import { specs } from '../specs';
import type { Subject, UriEntry } from '../subject';
import { isLocal, isWebScheme, upgradeToHttps, type UriInfo } from '../uri';
import { describeUri, isScriptOrLocalScheme, isUsable, replaceUri, uriRule } from './uri-rule';

const LOCALHOST_AUTHORITY = /^(http:\/\/)localhost(?=[:/?#]|$)/i;

const isPlainHttp = (uri: UriInfo) => uri.scheme === 'http';
const upgradable = (entry: UriEntry) => isPlainHttp(entry.uri) && !isLocal(entry.uri);
const upgrade: RuleFix<UriEntry> = {
  label: 'Use https',
  available: upgradable,
  apply: (draft, entry) => replaceUri(draft, entry, upgradeToHttps(entry.uri.raw)),
};

/** What a native app may register (RFC 8252 §7): private-use schemes, claimed https, loopback http. */
function suitsNativeApp(uri: UriInfo): boolean {
  return isUsable(uri) && (!isWebScheme(uri) || uri.scheme === 'https' || isLocal(uri));
}

function listOf(entry: UriEntry, subject: Subject): readonly UriEntry[] {
  return entry.field === 'redirect_uris' ? subject.redirectUris : subject.logoutUris;
}

export const redirectUriRules: readonly Rule[] = [
  defineRule({
    id: 'redirect-uris-required',
    severity: 'error',
    summary: 'Clients that use the authorization endpoint register at least one redirect URI.',
    fields: ['redirect_uris'],
    spec: specs.oidcRegistration,
    oauthError: 'invalid_redirect_uri',
    check: (subject) => (subject.usesRedirects && subject.redirectUris.length === 0 ? ['redirect_uris'] : []),
    message:
      'At least one redirect URI is required: this client signs users in through the authorization endpoint, ' +
      'which must know where to send them back.',
  }),
  uriRule({
    id: 'redirect-uri-invalid',
    severity: 'error',
    summary: 'Redirect URIs are absolute URIs without whitespace.',
    spec: specs.oauthRedirectEndpoint,
    judgesUnusable: true,
    violates: (entry) => !entry.uri.valid && !isScriptOrLocalScheme(entry.uri),
    message: (entry) =>
      `${describeUri(entry)} is not an absolute URI. Write it in full, such as https://app.example.com/callback.`,
  }),
  uriRule({
    id: 'redirect-uri-dangerous-scheme',
    severity: 'error',
    summary: 'Redirect URIs never use javascript:, data:, vbscript:, file: or blob:.',
    spec: specs.bcpRedirectValidation,
    judgesUnusable: true,
    violates: (entry) => isScriptOrLocalScheme(entry.uri),
    message: (entry) =>
      `${describeUri(entry)} uses the ${entry.uri.scheme}: scheme, which makes the browser run or read content ` +
      'instead of returning to the client.',
  }),
  uriRule({
    id: 'redirect-uri-fragment',
    severity: 'error',
    summary: 'Redirect URIs have no fragment.',
    spec: specs.oauthRedirectEndpoint,
    violates: (entry) => entry.uri.hasFragment,
    message: (entry) =>
      `${describeUri(entry)} contains a fragment (#…). The server adds its own response to the URI, ` +
      'so a registered URI must not carry one.',
    fix: {
      label: 'Remove the fragment',
      apply: (draft, entry) => replaceUri(draft, entry, entry.uri.raw.slice(0, entry.uri.raw.indexOf('#'))),
    },
  }),
  uriRule({
    id: 'redirect-uri-wildcard',
    severity: 'error',
    summary: 'Redirect URIs are matched exactly, so they contain no wildcards.',
    spec: specs.bcpRedirectMatching,
    violates: (entry) => entry.uri.hasWildcard,
    message: (entry) =>
      `${describeUri(entry)} contains "*". Redirect URIs are compared character for character; ` +
      'register every URI the client uses instead of a pattern.',
  }),
  uriRule({
    id: 'redirect-uri-implicit-insecure',
    severity: 'error',
    summary: 'Web clients receiving tokens in the browser use https redirect URIs on a non-local host.',
    spec: specs.oidcRegistration,
    violates: (entry, subject) => !subject.native && subject.usesImplicit && (entry.uri.scheme !== 'https' || isLocal(entry.uri)),
    message: (entry) =>
      `${describeUri(entry)} must use https on a public host name: a web client that receives tokens in the ` +
      'browser (implicit or hybrid flow) may register no plain http or localhost URIs.',
    fix: upgrade,
  }),
  uriRule({
    id: 'redirect-uri-native-remote-http',
    severity: 'error',
    summary: 'Native apps use plain http only on the loopback interface.',
    spec: specs.nativeLoopback,
    violates: (entry, subject) => subject.native && isPlainHttp(entry.uri) && !isLocal(entry.uri),
    message: (entry) =>
      `${describeUri(entry)} uses plain http on a remote host. A native app may use http only on the loopback ` +
      'interface (http://127.0.0.1:port/…); otherwise use a private-use scheme or an https URL the app claims.',
    fix: upgrade,
  }),
  uriRule({
    id: 'redirect-uri-native-localhost',
    severity: 'warning',
    summary: 'Native apps use the loopback IP literals 127.0.0.1 or [::1] rather than localhost.',
    spec: specs.nativeLoopbackConsiderations,
    violates: (entry, subject) => subject.native && isWebScheme(entry.uri) && entry.uri.localhost,
    message: (entry) =>
      `${describeUri(entry)} uses the name localhost. Listen on 127.0.0.1 or [::1] instead: a name can resolve ` +
      'elsewhere, and listening on it may expose the app on other network interfaces.',
    fix: {
      label: 'Use 127.0.0.1',
      available: (entry) => LOCALHOST_AUTHORITY.test(entry.uri.raw),
      apply: (draft, entry) => replaceUri(draft, entry, entry.uri.raw.replace(LOCALHOST_AUTHORITY, '$1127.0.0.1')),
    },
  }),
  uriRule({
    id: 'redirect-uri-scheme-not-reverse-domain',
    severity: 'warning',
    summary: 'Private-use URI schemes of native apps are reverse domain names.',
    spec: specs.nativePrivateScheme,
    violates: (entry, subject) => subject.native && !isWebScheme(entry.uri) && !entry.uri.scheme.includes('.'),
    message: (entry) =>
      `${describeUri(entry)} uses the scheme "${entry.uri.scheme}:". Name it after a domain you control, ` +
      'reversed (such as com.example.app:/callback), so that no other app on the device claims the same scheme.',
  }),
  uriRule({
    id: 'redirect-uri-private-scheme-on-web',
    severity: 'warning',
    summary: 'Private-use URI schemes belong to native apps, not web clients.',
    spec: specs.nativePrivateScheme,
    violates: (entry, subject) => !subject.native && !isWebScheme(entry.uri),
    message: (entry) =>
      `${describeUri(entry)} uses the private-use scheme "${entry.uri.scheme}:", which only an app installed on ` +
      'the device can receive. If this is a mobile or desktop app, register it with application_type native.',
    fix: {
      label: 'Set application_type to native',
      available: (_entry, subject, context) =>
        context.supported.applicationTypes.includes('native') &&
        [...subject.redirectUris, ...subject.logoutUris].every((other) => suitsNativeApp(other.uri)),
      apply: (draft) => setField(draft, 'application_type', 'native'),
    },
  }),
  uriRule({
    id: 'redirect-uri-plain-http',
    severity: 'warning',
    summary: 'Web clients use https redirect URIs except on the local machine.',
    spec: specs.oauthRedirectTls,
    violates: (entry, subject) => !subject.native && !subject.usesImplicit && upgradable(entry),
    message: (entry) =>
      `${describeUri(entry)} uses plain http, so whatever the server sends there (such as the authorization ` +
      'code) travels unencrypted and can be read or altered on the way. Use https.',
    fix: upgrade,
  }),
  uriRule({
    id: 'redirect-uri-duplicate',
    severity: 'warning',
    summary: 'Each redirect URI is listed once.',
    spec: specs.registrationMetadata,
    judgesUnusable: true,
    violates: (entry, subject) => {
      const list = listOf(entry, subject);
      return list.findIndex((other) => other.uri.raw === entry.uri.raw) < list.indexOf(entry);
    },
    message: (entry) => `${describeUri(entry)} is listed more than once.`,
    fix: {
      label: 'Remove the duplicate',
      apply: (draft, entry) => {
        const value = draft[entry.field];
        if (Array.isArray(value)) draft[entry.field] = value.filter((item, index) => value.indexOf(item) === index);
        return draft;
      },
    },
  }),
];
