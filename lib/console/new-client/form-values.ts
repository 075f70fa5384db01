import type { MetadataDraft } from '@/lib/metadata';

/** One row of an editable URI list; react-hook-form's field arrays need objects, not bare strings. */
export interface UriRow {
  value: string;
}

/**
 * What the registration form edits. Text inputs hold strings (an empty string means "leave the
 * field out"), so the form never has to juggle undefined; the mapping below turns it into RFC 7591
 * metadata and back.
 */
export interface ClientFormValues {
  client_name: string;
  redirect_uris: UriRow[];
  grant_types: string[];
  response_types: string[];
  token_endpoint_auth_method: string;
  token_endpoint_auth_signing_alg: string;
  /** The JWK Set as JSON text, edited in a textarea. */
  jwks: string;
  jwks_uri: string;
  scope: string;
  client_uri: string;
  logo_uri: string;
  policy_uri: string;
  tos_uri: string;
  /** One address per line. */
  contacts: string;
  application_type: string;
  subject_type: string;
  id_token_signed_response_alg: string;
  /** Digits as typed; parsed to a number on the way out. */
  default_max_age: string;
  require_auth_time: boolean;
  post_logout_redirect_uris: UriRow[];
}

const textFields = [
  'client_name',
  'token_endpoint_auth_method',
  'token_endpoint_auth_signing_alg',
  'jwks_uri',
  'scope',
  'client_uri',
  'logo_uri',
  'policy_uri',
  'tos_uri',
  'application_type',
  'subject_type',
  'id_token_signed_response_alg',
] as const;

const uriListFields = ['redirect_uris', 'post_logout_redirect_uris'] as const;

/** Every metadata field the form shows; anything else in a draft is carried along untouched. */
export const formFields: readonly string[] = [
  ...textFields,
  ...uriListFields,
  'grant_types',
  'response_types',
  'jwks',
  'contacts',
  'default_max_age',
  'require_auth_time',
];

export const emptyFormValues: ClientFormValues = {
  client_name: '',
  redirect_uris: [],
  grant_types: [],
  response_types: [],
  token_endpoint_auth_method: '',
  token_endpoint_auth_signing_alg: '',
  jwks: '',
  jwks_uri: '',
  scope: '',
  client_uri: '',
  logo_uri: '',
  policy_uri: '',
  tos_uri: '',
  contacts: '',
  application_type: '',
  subject_type: '',
  id_token_signed_response_alg: '',
  default_max_age: '',
  require_auth_time: false,
  post_logout_redirect_uris: [],
};

/** The JWK Set text parsed, or undefined when it is empty or not JSON (the form schema reports that). */
export function parseJwksText(text: string): unknown {
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

export function splitLines(text: string): string[] {
  return text
    .split(/[\n,]/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/**
 * Form values as registration metadata. Grant and response types are always sent, even empty: the
 * form shows them explicitly, and leaving them out would let RFC 7591 defaults pick for the user.
 */
export function formValuesToMetadata(values: ClientFormValues, extras: MetadataDraft = {}): MetadataDraft {
  const metadata: MetadataDraft = { ...extras };
  for (const field of textFields) {
    const value = values[field].trim();
    if (value !== '') metadata[field] = value;
  }
  for (const field of uriListFields) {
    const list = values[field].map((row) => row.value.trim()).filter((value) => value !== '');
    if (list.length > 0) metadata[field] = list;
  }
  metadata.grant_types = [...values.grant_types];
  metadata.response_types = [...values.response_types];
  const jwks = parseJwksText(values.jwks);
  if (jwks !== undefined) metadata.jwks = jwks;
  const contacts = splitLines(values.contacts);
  if (contacts.length > 0) metadata.contacts = contacts;
  const maxAge = values.default_max_age.trim();
  if (maxAge !== '' && Number.isFinite(Number(maxAge))) metadata.default_max_age = Number(maxAge);
  if (values.require_auth_time) metadata.require_auth_time = true;
  return metadata;
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const strings = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];

/**
 * Metadata (a preset, or a draft a fix returned) as form values, plus the fields the form has no
 * input for, so that they survive the round trip.
 */
export function metadataToFormValues(metadata: MetadataDraft): { values: ClientFormValues; extras: MetadataDraft } {
  const values: ClientFormValues = { ...emptyFormValues };
  for (const field of textFields) values[field] = text(metadata[field]);
  for (const field of uriListFields) values[field] = strings(metadata[field]).map((value) => ({ value }));
  values.grant_types = strings(metadata.grant_types);
  values.response_types = strings(metadata.response_types);
  values.jwks = metadata.jwks === undefined || metadata.jwks === null ? '' : JSON.stringify(metadata.jwks, null, 2);
  values.contacts = strings(metadata.contacts).join('\n');
  values.default_max_age = typeof metadata.default_max_age === 'number' ? String(metadata.default_max_age) : '';
  values.require_auth_time = metadata.require_auth_time === true;
  const extras = Object.fromEntries(Object.entries(metadata).filter(([key]) => !formFields.includes(key)));
  return { values, extras };
}
