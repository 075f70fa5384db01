import { resolveFlows, type Flows } from './defaults';
import { isRecord } from './read';
import type { MetadataDraft } from './types';

/** A shallow copy a fix may change freely; anything that is not an object starts over empty. */
export function copyDraft(metadata: unknown): MetadataDraft {
  return isRecord(metadata) ? { ...metadata } : {};
}

export function stringList(draft: MetadataDraft, field: string): string[] {
  const value = draft[field];
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

function optionalList(draft: MetadataDraft, field: string): string[] | undefined {
  const value = draft[field];
  return value === undefined || value === null ? undefined : stringList(draft, field);
}

/** Sets a list, removing the field instead of leaving an empty list behind. */
export function setList(draft: MetadataDraft, field: string, values: readonly string[]): MetadataDraft {
  if (values.length > 0) draft[field] = [...values];
  else delete draft[field];
  return draft;
}

export function mapList(draft: MetadataDraft, field: string, map: (value: string) => string): MetadataDraft {
  return setList(draft, field, stringList(draft, field).map(map));
}

export function setField(draft: MetadataDraft, field: string, value: unknown): MetadataDraft {
  draft[field] = value;
  return draft;
}

export function removeFields(draft: MetadataDraft, ...fields: string[]): MetadataDraft {
  for (const field of fields) delete draft[field];
  return draft;
}

/**
 * Edits grant and response types together, seeing both as the server would after defaults. A list
 * the client left out stays out unless the edit changes it, so that it keeps following the other
 * list the way RFC 7591 §2.1 reconciliation does.
 */
export function editFlows(draft: MetadataDraft, edit: (flows: Flows) => Flows): MetadataDraft {
  const given = { grant_types: optionalList(draft, 'grant_types'), response_types: optionalList(draft, 'response_types') };
  const current = resolveFlows(given.grant_types, given.response_types);
  const next = edit(current);
  for (const field of ['grant_types', 'response_types'] as const) {
    const values = [...new Set(next[field])];
    const changed = values.length !== current[field].length || values.some((value, index) => value !== current[field][index]);
    if (given[field] !== undefined || changed) draft[field] = values;
  }
  return draft;
}

export function withGrant(flows: Flows, grant: string): Flows {
  return { ...flows, grant_types: [...flows.grant_types, grant] };
}

export function withoutGrant(flows: Flows, grant: string): Flows {
  return { ...flows, grant_types: flows.grant_types.filter((value) => value !== grant) };
}
