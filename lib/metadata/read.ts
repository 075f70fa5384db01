import * as z from 'zod';
import { clientMetadataSchema, localizableFields, type ClientMetadata, type FieldName } from './schema';

/** A submitted value of the wrong JSON type, located by path. */
export interface ShapeIssue {
  /** `redirect_uris[2]`, `jwks.keys[0]`, or `''` when the whole document is not an object. */
  readonly path: string;
  readonly field: string;
  /** What the value should have been, phrased to follow "must be". */
  readonly expected: string;
}

export interface ReadResult {
  readonly values: ClientMetadata;
  /** Keys the client actually sent with a usable value, before any default. */
  readonly given: ReadonlySet<string>;
  readonly issues: readonly ShapeIssue[];
  /** `client_name#…`-style keys whose language tag is malformed. */
  readonly badLanguageKeys: readonly string[];
  /** For lists that lost elements (or were a lone string), where each kept element came from. */
  readonly elementPaths: ReadonlyMap<string, readonly string[]>;
}

type FieldSchema = (typeof clientMetadataSchema.shape)[FieldName];

const fieldSchemas = new Map<string, FieldSchema>(Object.entries(clientMetadataSchema.shape) as [string, FieldSchema][]);
const listFields = new Set(
  [...fieldSchemas].filter(([, schema]) => schema.unwrap() instanceof z.ZodArray).map(([name]) => name),
);
const localizable = new Set<string>(localizableFields);
// BCP 47 in outline: a language subtag then alphanumeric subtags, which also covers the private-use
// and grandfathered forms RFC 5646 allows.
const LANGUAGE_TAG = /^[A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8})*$/;

const EXPECTED_WORDS: Record<string, string> = {
  string: 'a string',
  number: 'a finite number',
  boolean: 'true or false',
  object: 'a JWK Set: an object with a "keys" array',
  record: 'a JWK: a JSON object',
  array: 'an array',
};

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function formatPath(field: string, segments: readonly PropertyKey[]): string {
  let path = field;
  for (const segment of segments) path += typeof segment === 'number' ? `[${segment}]` : `.${String(segment)}`;
  return path;
}

function describeIssue(field: string, issue: z.core.$ZodIssue): ShapeIssue {
  const expected = 'expected' in issue && typeof issue.expected === 'string' ? issue.expected : '';
  const wholeList = issue.path.length === 0 && listFields.has(field);
  return {
    path: formatPath(field, issue.path),
    field,
    expected: wholeList ? 'an array of strings' : (EXPECTED_WORDS[expected] ?? 'a valid value'),
  };
}

/** Keeps the strings of a list that also holds other values, remembering their original places. */
function salvageList(field: string, value: unknown): { kept: string[]; paths: string[] } | undefined {
  if (typeof value === 'string') return { kept: [value], paths: [field] };
  if (!Array.isArray(value)) return undefined;
  const kept: string[] = [];
  const paths: string[] = [];
  value.forEach((element: unknown, index) => {
    if (typeof element === 'string') {
      kept.push(element);
      paths.push(`${field}[${index}]`);
    }
  });
  return { kept, paths };
}

function localizedBase(key: string): string | undefined {
  const hash = key.indexOf('#');
  if (hash < 0) return undefined;
  const base = key.slice(0, hash);
  return localizable.has(base) ? base : undefined;
}

/**
 * Reads an untrusted value into typed metadata without ever throwing: values of the wrong type
 * become issues, unknown keys are dropped (RFC 7591 §2), and `null` counts as absent, the way a
 * form sends a cleared field.
 */
export function readMetadata(input: unknown): ReadResult {
  const values: Record<string, unknown> = {};
  const given = new Set<string>();
  const issues: ShapeIssue[] = [];
  const badLanguageKeys: string[] = [];
  const elementPaths = new Map<string, readonly string[]>();
  const result: ReadResult = { values: values as ClientMetadata, given, issues, badLanguageKeys, elementPaths };

  if (!isRecord(input)) {
    issues.push({ path: '', field: '', expected: 'a JSON object' });
    return result;
  }

  for (const key of Object.keys(input)) {
    const value = input[key];
    if (value === undefined || value === null) continue;
    let schema = fieldSchemas.get(key);
    if (!schema) {
      const base = localizedBase(key);
      if (base === undefined) continue;
      if (!LANGUAGE_TAG.test(key.slice(base.length + 1))) {
        badLanguageKeys.push(key);
        continue;
      }
      schema = fieldSchemas.get(base);
      if (!schema) continue;
    }
    const parsed = schema.safeParse(value);
    if (parsed.success) {
      values[key] = parsed.data;
      given.add(key);
      continue;
    }
    for (const issue of parsed.error.issues) issues.push(describeIssue(key, issue));
    const salvaged = listFields.has(key) ? salvageList(key, value) : undefined;
    if (salvaged) {
      values[key] = salvaged.kept;
      given.add(key);
      elementPaths.set(key, salvaged.paths);
    }
  }
  return result;
}
