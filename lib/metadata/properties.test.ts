import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, type AnalyzeResult } from './analyze';
import { buildContext, type AnalyzeContext } from './context';
import { presets } from './presets';
import { rules } from './rules';
import { contexts, fieldsWithAnyValues, realisticMetadata } from './testing/arbitraries';
import { allFindings } from './testing/findings';
import { ruleCases } from './testing/rule-cases';
import type { Finding } from './types';

// Property runs do thousands of analyses; leave room for a busy machine.
const PROPERTY_TIMEOUT = 60_000;

function expectWellFormed(result: AnalyzeResult): void {
  const buckets = [
    ['error', result.errors],
    ['warning', result.warnings],
    ['info', result.infos],
  ] as const;
  for (const [severity, findings] of buckets) {
    for (const finding of findings) {
      expect(finding.severity).toBe(severity);
      expect(finding.message.length).toBeGreaterThan(0);
      expect(finding.fields.every((field) => typeof field === 'string')).toBe(true);
    }
  }
  expect(Array.isArray(result.normalized.grant_types)).toBe(true);
  expect(Array.isArray(result.normalized.response_types)).toBe(true);
  expect(typeof result.normalized.token_endpoint_auth_method).toBe('string');
}

function countByRule(findings: readonly Finding[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const finding of findings) counts.set(finding.ruleId, (counts.get(finding.ruleId) ?? 0) + 1);
  return counts;
}

/**
 * Applying a finding's fix must make that rule report fewer findings and must not make any rule
 * report more errors than before. Counting per rule rather than comparing messages keeps the
 * check honest when a fix shifts list indices.
 */
function expectFixesHelp(metadata: unknown, context: AnalyzeContext): number {
  const before = analyze(metadata, context);
  const errorsBefore = countByRule(before.errors);
  const findingsBefore = countByRule(allFindings(before));
  let applied = 0;
  for (const finding of allFindings(before)) {
    if (!finding.fix) continue;
    applied += 1;
    const after = analyze(finding.fix.apply(metadata as Record<string, unknown>), context);
    const label = `${finding.ruleId} → ${finding.fix.label} on ${JSON.stringify(metadata)}`;
    expect(countByRule(allFindings(after)).get(finding.ruleId) ?? 0, label).toBeLessThan(findingsBefore.get(finding.ruleId) ?? 0);
    for (const [ruleId, count] of countByRule(after.errors)) {
      expect(count, `${label} added ${ruleId}`).toBeLessThanOrEqual(errorsBefore.get(ruleId) ?? 0);
    }
  }
  return applied;
}

describe('analyze never throws', () => {
  it('on any JSON value', () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => expectWellFormed(analyze(value))), { numRuns: 1000 });
  }, PROPERTY_TIMEOUT);

  it('on any JavaScript value', () => {
    fc.assert(fc.property(fc.anything({ withBigInt: true, withMap: true, withSet: true, withDate: true, withNullPrototype: true, withTypedArray: true, withSparseArray: true, withBoxedValues: true }), (value) => {
      expectWellFormed(analyze(value));
    }), { numRuns: 500 });
  }, PROPERTY_TIMEOUT);

  it('on objects of real field names holding arbitrary values', () => {
    fc.assert(
      fc.property(fieldsWithAnyValues, fc.constantFrom(...contexts), (metadata, context) => {
        expectWellFormed(analyze(metadata, buildContext(context)));
      }),
      { numRuns: 2000 },
    );
  }, PROPERTY_TIMEOUT);

  it('reaches a fixed point when its normalized output is analyzed again', () => {
    fc.assert(
      fc.property(realisticMetadata, fc.constantFrom(...contexts), (metadata, input) => {
        const context = buildContext(input);
        const { normalized } = analyze(metadata, context);
        expect(analyze(normalized, context).normalized).toEqual(normalized);
      }),
      { numRuns: 500 },
    );
  }, PROPERTY_TIMEOUT);
});

describe('fixes', () => {
  it('remove their finding without adding an error, on generated metadata', () => {
    let applied = 0;
    fc.assert(
      fc.property(realisticMetadata, fc.constantFrom(...contexts), (metadata, context) => {
        applied += expectFixesHelp(metadata, buildContext(context));
      }),
      { numRuns: 1500 },
    );
    expect(applied).toBeGreaterThan(1000);
  }, PROPERTY_TIMEOUT);

  const fixable = rules.filter((rule) => rule.fix);
  it.each(fixable.map((rule) => [rule.id] as const))('%s: fix works on every curated failing case', (id) => {
    let offered = 0;
    for (const { metadata, context } of ruleCases[id]?.fires ?? []) {
      const resolved = buildContext(context);
      offered += allFindings(analyze(metadata, resolved)).filter((finding) => finding.ruleId === id && finding.fix).length;
      expectFixesHelp(metadata, resolved);
    }
    expect(offered, 'the fix is offered for at least one curated case').toBeGreaterThan(0);
  });

  it('leave the submitted object untouched and keep fields the rulebook does not know', () => {
    const metadata = { client_name: 'Acme', redirect_uris: ['https://app.example.com/cb#x'], x_internal: 7 };
    const snapshot = structuredClone(metadata);
    const [finding] = analyze(metadata).errors;
    const fixed = finding?.fix?.apply(metadata);
    expect(metadata).toEqual(snapshot);
    expect(fixed).toEqual({ client_name: 'Acme', redirect_uris: ['https://app.example.com/cb'], x_internal: 7 });
  });
});

describe('presets', () => {
  const redirectHosts = fc.domain().map((domain) => domain.toLowerCase());

  it.each(presets.map((preset) => [preset.id, preset] as const))('%s is clean with its sample redirect URI', (_id, preset) => {
    const result = analyze(preset.metadata());
    expect([...result.errors, ...result.warnings]).toEqual([]);
  });

  it('stay clean with any https redirect URI of the client', () => {
    const webPresets = presets.filter((preset) => preset.sampleRedirectUri?.startsWith('https://'));
    expect(webPresets.length).toBeGreaterThan(0);
    fc.assert(
      fc.property(redirectHosts, fc.constantFrom(...webPresets), (host, preset) => {
        const result = analyze(preset.metadata(`https://${host}/callback`));
        expect([...result.errors, ...result.warnings]).toEqual([]);
      }),
    );
  });
});
