import type { AnalyzeContext } from '../context';
import { mapList } from '../draft';
import { defineRule, type Rule, type RuleFix } from '../rule';
import type { Subject, UriEntry } from '../subject';
import type { MetadataDraft, Severity, SpecRef } from '../types';
import type { UriInfo } from '../uri';

/** Schemes a browser executes or reads locally; sending a user there is never a redirect back. */
const SCRIPT_OR_LOCAL_SCHEMES: ReadonlySet<string> = new Set(['javascript', 'data', 'vbscript', 'file', 'blob']);

export function isScriptOrLocalScheme(uri: UriInfo): boolean {
  return SCRIPT_OR_LOCAL_SCHEMES.has(uri.scheme);
}

export function isUsable(uri: UriInfo): boolean {
  return uri.valid && !isScriptOrLocalScheme(uri);
}

export function describeUri(entry: UriEntry): string {
  const kind = entry.field === 'redirect_uris' ? 'Redirect URI' : 'Post-logout redirect URI';
  return `${kind} "${entry.uri.raw}"`;
}

export function replaceUri(draft: MetadataDraft, entry: UriEntry, next: string): MetadataDraft {
  return mapList(draft, entry.field, (value) => (value === entry.uri.raw ? next : value));
}

export interface UriRuleDefinition {
  readonly id: string;
  readonly severity: Severity;
  readonly summary: string;
  readonly spec: SpecRef;
  /** Most rules leave malformed and script-capable URIs to the rules about those. */
  readonly judgesUnusable?: boolean;
  violates(entry: UriEntry, subject: Subject, context: AnalyzeContext): boolean;
  message(entry: UriEntry): string;
  readonly fix?: RuleFix<UriEntry>;
}

const listFields = ['redirect_uris[]', 'post_logout_redirect_uris[]'];

/**
 * A rule judging each redirect URI on its own. Post-logout redirect URIs send the browser to the
 * client just the same, so the same rules hold for them.
 */
export function uriRule(definition: UriRuleDefinition): Rule {
  const { violates, judgesUnusable = false } = definition;
  return defineRule<UriEntry>({
    id: definition.id,
    severity: definition.severity,
    summary: definition.summary,
    fields: listFields,
    spec: definition.spec,
    oauthError: 'invalid_redirect_uri',
    check(subject, context) {
      const hits = [];
      for (const list of [subject.redirectUris, subject.logoutUris]) {
        for (const entry of list) {
          if ((judgesUnusable || isUsable(entry.uri)) && violates(entry, subject, context)) {
            hits.push({ fields: [entry.path], details: entry });
          }
        }
      }
      return hits;
    },
    message: definition.message,
    ...(definition.fix ? { fix: definition.fix } : {}),
  });
}
