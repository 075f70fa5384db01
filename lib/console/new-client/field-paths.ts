import { formFields, type ClientFormValues } from './form-values';

const PATH = /^([A-Za-z_]+)(?:\[(\d+)\])?/;
const rowLists = new Set(['redirect_uris', 'post_logout_redirect_uris']);

/**
 * The form input a rulebook path such as `redirect_uris[1]` or `jwks.keys[0].d` belongs to, or
 * null when the form has no input for it. List indexes count only the rows that were sent, since
 * blank rows are left out of the metadata.
 */
export function formFieldForPath(path: string, values: Pick<ClientFormValues, 'redirect_uris' | 'post_logout_redirect_uris'>): string | null {
  const match = PATH.exec(path);
  if (!match) return null;
  const [, field = '', index] = match;
  if (!formFields.includes(field) || path.charAt(field.length) === '#') return null;
  if (!rowLists.has(field) || index === undefined) return field;
  const rows = values[field as 'redirect_uris' | 'post_logout_redirect_uris'];
  const sent = rows.flatMap((row, rowIndex) => (row.value.trim() === '' ? [] : [rowIndex]));
  const row = sent[Number(index)];
  return row === undefined ? field : `${field}.${row}.value`;
}

/** Findings grouped by the form input they concern; one finding may concern several inputs. */
export function groupByFormField<F extends { readonly fields: readonly string[] }>(
  findings: readonly F[],
  values: Pick<ClientFormValues, 'redirect_uris' | 'post_logout_redirect_uris'>,
): Map<string, F[]> {
  const groups = new Map<string, F[]>();
  for (const finding of findings) {
    const targets = new Set(finding.fields.map((path) => formFieldForPath(path, values)).filter((field) => field !== null));
    for (const target of targets) groups.set(target, [...(groups.get(target) ?? []), finding]);
  }
  return groups;
}

/**
 * Refusals from checks outside the rulebook (fetching jwks_uri, the sector identifier) carry no
 * findings, but their descriptions start with the field, as `jwks_uri: could not connect`.
 */
export function pathInDescription(description: string): string | null {
  const match = /^([A-Za-z_]+(?:\[\d+\])?)(?::| does | is )/.exec(description);
  return match?.[1] ?? null;
}
