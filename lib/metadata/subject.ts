import type { ReadResult, ShapeIssue } from './read';
import { isFrontChannelTokenType, responseTypeWords } from './response-types';
import { localizableFields, type NormalizedClientMetadata } from './schema';
import { parseUri, type UriInfo } from './uri';

export interface UriEntry {
  readonly field: string;
  readonly path: string;
  readonly uri: UriInfo;
}

export interface ResponseTypeEntry {
  /** Canonical value, words in the order code, id_token, token. */
  readonly value: string;
  readonly path: string;
  readonly words: ReadonlySet<string>;
}

/**
 * The metadata under analysis together with facts several rules share, derived once per call so
 * that no rule parses a URI or splits a response type again.
 */
export interface Subject {
  readonly metadata: NormalizedClientMetadata;
  /** Fields the client sent, as opposed to defaults. */
  readonly given: ReadonlySet<string>;
  readonly issues: readonly ShapeIssue[];
  readonly badLanguageKeys: readonly string[];
  readonly grants: ReadonlySet<string>;
  readonly responseTypes: readonly ResponseTypeEntry[];
  readonly responseWords: ReadonlySet<string>;
  readonly redirectUris: readonly UriEntry[];
  readonly logoutUris: readonly UriEntry[];
  /** client_uri, logo_uri, tos_uri, policy_uri and their language-tagged variants. */
  readonly clientInfoUris: readonly UriEntry[];
  readonly native: boolean;
  /** Tokens leave through the browser: the implicit grant or a response type carrying them. */
  readonly usesImplicit: boolean;
  /** The client goes through the authorization endpoint, so it needs somewhere to come back to. */
  readonly usesRedirects: boolean;
  readonly hasClientKeys: boolean;
  /** Path of a list element as the client wrote it, even when the list was repaired on reading. */
  pathOf(field: string, index: number): string;
}

const clientInfoBases: ReadonlySet<string> = new Set(localizableFields.filter((field) => field !== 'client_name'));

export function inspect(read: ReadResult, metadata: NormalizedClientMetadata): Subject {
  const pathOf = (field: string, index: number): string =>
    read.elementPaths.get(field)?.[index] ?? `${field}[${index}]`;
  const uriEntries = (field: 'redirect_uris' | 'post_logout_redirect_uris'): UriEntry[] =>
    (metadata[field] ?? []).map((raw, index) => ({ field, path: pathOf(field, index), uri: parseUri(raw) }));

  const responseWords = new Set<string>();
  const responseTypes = metadata.response_types.map((value, index): ResponseTypeEntry => {
    const words = new Set(responseTypeWords(value));
    for (const word of words) responseWords.add(word);
    return { value, path: pathOf('response_types', index), words };
  });

  const clientInfoUris: UriEntry[] = [];
  for (const key of Object.keys(metadata)) {
    const hash = key.indexOf('#');
    const base = hash < 0 ? key : key.slice(0, hash);
    const value = (metadata as Record<string, unknown>)[key];
    if (clientInfoBases.has(base) && typeof value === 'string') {
      clientInfoUris.push({ field: key, path: key, uri: parseUri(value) });
    }
  }

  const grants = new Set(metadata.grant_types);
  return {
    metadata,
    given: read.given,
    issues: read.issues,
    badLanguageKeys: read.badLanguageKeys,
    grants,
    responseTypes,
    responseWords,
    redirectUris: uriEntries('redirect_uris'),
    logoutUris: uriEntries('post_logout_redirect_uris'),
    clientInfoUris,
    native: metadata.application_type === 'native',
    usesImplicit: grants.has('implicit') || isFrontChannelTokenType(responseWords),
    usesRedirects: grants.has('authorization_code') || grants.has('implicit') || responseTypes.length > 0,
    hasClientKeys: metadata.jwks !== undefined || metadata.jwks_uri !== undefined,
    pathOf,
  };
}

/** Paths of every occurrence of a value in a list field. */
export function pathsOfValue(subject: Subject, field: 'grant_types' | 'response_types', value: string): string[] {
  const paths: string[] = [];
  subject.metadata[field].forEach((item, index) => {
    if (item === value) paths.push(subject.pathOf(field, index));
  });
  return paths;
}
