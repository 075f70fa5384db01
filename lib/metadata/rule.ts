import type { AnalyzeContext } from './context';
import { copyDraft } from './draft';
import type { Subject } from './subject';
import type { Finding, MetadataDraft, OAuthErrorCode, Severity, SpecRef } from './types';

export interface RuleHit<D> {
  readonly fields: readonly string[];
  readonly details: D;
}

/** Rules without details may report bare field paths. */
export type CheckResult<D> = readonly ([D] extends [undefined] ? string | RuleHit<D> : RuleHit<D>)[];

export interface RuleFix<D> {
  readonly label: string;
  /**
   * Whether the fix can be offered for this hit. A fix is only offered when applying it cannot
   * trade the problem for a new error, e.g. by adding a grant type the server refuses.
   */
  available?(details: D, subject: Subject, context: AnalyzeContext): boolean;
  apply(draft: MetadataDraft, details: D): MetadataDraft;
}

export interface RuleDefinition<D = undefined> {
  /** Stable kebab-case identifier; clients and docs refer to it. */
  readonly id: string;
  readonly severity: Severity;
  /** One sentence for the rule catalogue. */
  readonly summary: string;
  /** Fields the rule inspects, for the catalogue. */
  readonly fields: readonly string[];
  readonly spec: SpecRef;
  readonly oauthError: OAuthErrorCode;
  check(subject: Subject, context: AnalyzeContext): CheckResult<D>;
  readonly message: string | ((details: D) => string);
  readonly fix?: RuleFix<D>;
}

/** A rule with its details type erased, so rules of all kinds fit in one catalogue. */
export interface Rule {
  readonly id: string;
  readonly severity: Severity;
  readonly summary: string;
  readonly fields: readonly string[];
  readonly spec: SpecRef;
  readonly oauthError: OAuthErrorCode;
  readonly message: string | ((details: never) => string);
  readonly fix?: { readonly label: string };
  check(subject: Subject, context: AnalyzeContext): readonly (string | RuleHit<unknown>)[];
  evaluate(subject: Subject, context: AnalyzeContext): Finding[];
}

export function defineRule<D = undefined>(definition: RuleDefinition<D>): Rule {
  const { id, severity, spec, oauthError, message, fix } = definition;
  const evaluate = (subject: Subject, context: AnalyzeContext): Finding[] => {
    const hits = definition.check(subject, context);
    if (hits.length === 0) return [];
    return hits.map((entry) => {
      const hit = (typeof entry === 'string' ? { fields: [entry], details: undefined } : entry) as RuleHit<D>;
      const finding: Finding = {
        ruleId: id,
        severity,
        fields: [...hit.fields],
        message: typeof message === 'string' ? message : message(hit.details),
        spec,
        oauthError,
      };
      if (fix && (fix.available?.(hit.details, subject, context) ?? true)) {
        const { label, apply } = fix;
        return { ...finding, fix: { label, apply: (metadata: MetadataDraft) => apply(copyDraft(metadata), hit.details) } };
      }
      return finding;
    });
  };
  return { ...definition, evaluate };
}
