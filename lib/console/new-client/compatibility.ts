import { analyze, isAuthMethodAllowed, isGrantAllowed, registrantLabel, type AnalyzeContext, type Finding, type MetadataDraft } from '@/lib/metadata';

export type OptionField = 'grant_types' | 'response_types' | 'token_endpoint_auth_method';

export interface OptionVerdict {
  readonly value: string;
  readonly selected: boolean;
  /** Errors the option would add to the current metadata; empty means it fits. */
  readonly conflicts: readonly string[];
  /** Companion values tried with it, as its explanation's "pairs with" says (e.g. code with authorization_code). */
  readonly alsoAdds: readonly string[];
}

const key = (finding: Finding) => `${finding.ruleId}|${finding.fields.join(',')}|${finding.message}`;
const list = (draft: MetadataDraft, field: string): string[] =>
  Array.isArray(draft[field]) ? (draft[field] as unknown[]).filter((item): item is string => typeof item === 'string') : [];

/**
 * Adding a grant or response type alone would often be "incompatible" only because its partner is
 * missing, which says nothing useful; the partner is added with it and named in the verdict.
 */
function withOption(draft: MetadataDraft, field: OptionField, value: string): { draft: MetadataDraft; alsoAdds: string[] } {
  const next: MetadataDraft = { ...draft };
  const alsoAdds: string[] = [];
  if (field === 'token_endpoint_auth_method') {
    next.token_endpoint_auth_method = value;
    return { draft: next, alsoAdds };
  }
  const grants = list(draft, 'grant_types');
  const responses = list(draft, 'response_types');
  if (field === 'grant_types') {
    grants.push(value);
    if (value === 'authorization_code' && !responses.some((type) => type.split(' ').includes('code'))) {
      responses.push('code');
      alsoAdds.push('response type code');
    }
  } else {
    responses.push(value);
    const words = value.split(' ');
    if (words.includes('code') && !grants.includes('authorization_code')) {
      grants.push('authorization_code');
      alsoAdds.push('grant type authorization_code');
    }
    if ((words.includes('token') || words.includes('id_token')) && !grants.includes('implicit')) {
      grants.push('implicit');
      alsoAdds.push('grant type implicit');
    }
  }
  next.grant_types = grants;
  next.response_types = responses;
  return { draft: next, alsoAdds };
}

function isSelected(draft: MetadataDraft, field: OptionField, value: string): boolean {
  return field === 'token_endpoint_auth_method' ? draft[field] === value : list(draft, field).includes(value);
}

/**
 * For every option of one field: would choosing it (on top of what is chosen now) bring new errors?
 * Runs the rulebook once per option, which takes well under a millisecond each.
 */
export function optionVerdicts(
  draft: MetadataDraft,
  field: OptionField,
  options: readonly string[],
  context: AnalyzeContext,
  current: readonly Finding[] = analyze(draft, context).errors,
): OptionVerdict[] {
  const known = new Set(current.map(key));
  return options.map((value) => {
    if (isSelected(draft, field, value)) return { value, selected: true, conflicts: [], alsoAdds: [] };
    const { draft: candidate, alsoAdds } = withOption(draft, field, value);
    const conflicts = [...new Set(analyze(candidate, context).errors.filter((finding) => !known.has(key(finding))).map((finding) => finding.message))];
    return { value, selected: false, conflicts, alsoAdds };
  });
}


/**
 * Why the registration policy refuses an option outright, or null when it may be chosen. Such an
 * option is not a question of compatibility: the form disables it and says who decided.
 */
export function policyRefusal(context: AnalyzeContext, field: OptionField, value: string): string | null {
  if (field === 'response_types') return null;
  const allowed = field === 'grant_types' ? isGrantAllowed(context, value) : isAuthMethodAllowed(context, value);
  if (allowed) return null;
  return `Not allowed for ${registrantLabel(context.policy.registrant)} by the registration policy an admin set.`;
}
