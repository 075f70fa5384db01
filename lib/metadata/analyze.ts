import { applyDefaults } from './defaults';
import { defaultContext, type AnalyzeContext } from './context';
import { readMetadata, type ReadResult, type ShapeIssue } from './read';
import { rules } from './rules';
import { shapeRules } from './rules/shape';
import type { NormalizedClientMetadata } from './schema';
import { inspect } from './subject';
import type { Finding } from './types';

export interface AnalyzeResult {
  readonly errors: Finding[];
  readonly warnings: Finding[];
  readonly infos: Finding[];
  /** Unknown fields dropped, defaults applied; best effort when there are errors. */
  readonly normalized: NormalizedClientMetadata;
}

const shapeRuleIds: ReadonlySet<string> = new Set(shapeRules.map((rule) => rule.id));

function unreadable(): ReadResult {
  return {
    values: {},
    given: new Set(),
    issues: [{ path: '', field: '', expected: 'a JSON object' }],
    badLanguageKeys: [],
    elementPaths: new Map(),
  };
}

function covers(issue: ShapeIssue, path: string): boolean {
  if (path === issue.field || path === issue.path) return true;
  if (!path.startsWith(issue.path)) return false;
  const next = path.charAt(issue.path.length);
  return next === '.' || next === '[';
}

/**
 * A value of the wrong type was dropped or trimmed, so anything else said about that field would
 * describe the repaired value rather than what was sent: the type error alone is reported.
 */
function isMasked(finding: Finding, issues: readonly ShapeIssue[]): boolean {
  if (shapeRuleIds.has(finding.ruleId)) return false;
  return issues.some((issue) => issue.path === '' || finding.fields.some((path) => covers(issue, path)));
}

/**
 * Judges client metadata against the whole rule catalogue. Never throws: whatever it is given,
 * problems come back as findings.
 */
export function analyze(metadata: unknown, context: AnalyzeContext = defaultContext): AnalyzeResult {
  let read: ReadResult;
  try {
    read = readMetadata(metadata);
  } catch {
    // Only hostile objects (throwing getters, revoked proxies) get here; JSON never does.
    read = unreadable();
  }
  const normalized = applyDefaults(read.values, context);
  const subject = inspect(read, normalized);
  const result: AnalyzeResult = { errors: [], warnings: [], infos: [], normalized };
  const issues = read.issues;
  for (const rule of rules) {
    for (const finding of rule.evaluate(subject, context)) {
      if (issues.length > 0 && isMasked(finding, issues)) continue;
      const bucket = finding.severity === 'error' ? result.errors : finding.severity === 'warning' ? result.warnings : result.infos;
      bucket.push(finding);
    }
  }
  return result;
}
