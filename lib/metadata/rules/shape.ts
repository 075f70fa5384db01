import type { ShapeIssue } from '../read';
import { removeFields } from '../draft';
import { defineRule, type Rule } from '../rule';
import { specs } from '../specs';
import type { OAuthErrorCode } from '../types';

const redirectFields: ReadonlySet<string> = new Set(['redirect_uris', 'post_logout_redirect_uris']);

function shapeRule(
  id: string,
  summary: string,
  fields: readonly string[],
  oauthError: OAuthErrorCode,
  selects: (issue: ShapeIssue) => boolean,
): Rule {
  return defineRule<ShapeIssue>({
    id,
    severity: 'error',
    summary,
    fields,
    spec: specs.registrationMetadata,
    oauthError,
    check: (subject) => subject.issues.filter(selects).map((issue) => ({ fields: [issue.path], details: issue })),
    message: (issue) => `${issue.path} must be ${issue.expected}.`,
  });
}

export const shapeRules: readonly Rule[] = [
  defineRule({
    id: 'metadata-not-object',
    severity: 'error',
    summary: 'Client metadata is a JSON object.',
    fields: [],
    spec: specs.registrationMetadata,
    oauthError: 'invalid_client_metadata',
    check: (subject) => (subject.issues.some((issue) => issue.path === '') ? [{ fields: [], details: undefined }] : []),
    message: 'Client metadata must be a JSON object of field names and values.',
  }),
  shapeRule(
    'redirect-uris-not-strings',
    'Redirect URI lists are arrays of strings.',
    [...redirectFields],
    'invalid_redirect_uri',
    (issue) => redirectFields.has(issue.field),
  ),
  shapeRule(
    'field-type-invalid',
    'Every known field has the JSON type the specifications give it.',
    ['*'],
    'invalid_client_metadata',
    (issue) => issue.path !== '' && !redirectFields.has(issue.field),
  ),
  defineRule<string>({
    id: 'language-tag-invalid',
    severity: 'warning',
    summary: 'A language-tagged field name carries a well-formed BCP 47 tag.',
    fields: ['client_name#…', 'client_uri#…', 'logo_uri#…', 'tos_uri#…', 'policy_uri#…'],
    spec: specs.registrationLanguages,
    oauthError: 'invalid_client_metadata',
    check: (subject) => subject.badLanguageKeys.map((key) => ({ fields: [key], details: key })),
    message: (key) => `"${key}" does not end in a valid language tag such as #en or #ja-Jpan-JP, so it is ignored.`,
    fix: { label: 'Remove the mistagged field', apply: (draft, key) => removeFields(draft, key) },
  }),
];
