import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';
import { buildContext } from '../context';
import { findingsOf } from '../testing/findings';
import { ruleCases } from '../testing/rule-cases';
import { rules } from './index';

const KEBAB = /^[a-z]+(?:-[a-z0-9]+)*$/;

describe('rule catalogue', () => {
  it('has unique kebab-case ids', () => {
    const ids = rules.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(KEBAB);
  });

  it('cites a clause and an https link for every rule', () => {
    for (const rule of rules) {
      expect(rule.spec.clause, rule.id).toMatch(/§/);
      expect(rule.spec.url, rule.id).toMatch(/^https:\/\//);
      expect(rule.summary.length, rule.id).toBeGreaterThan(10);
    }
  });

  it('uses invalid_redirect_uri exactly for redirect URI rules', () => {
    for (const rule of rules) {
      const aboutRedirects = rule.fields.length > 0 && rule.fields.every((field) => /redirect_uris/.test(field));
      expect(rule.oauthError === 'invalid_redirect_uri', rule.id).toBe(aboutRedirects);
    }
  });

  it('has cases for exactly the rules in the catalogue', () => {
    expect(Object.keys(ruleCases).sort()).toEqual(rules.map((rule) => rule.id).sort());
  });
});

describe.each(rules.map((rule) => [rule.id, rule] as const))('%s', (id, rule) => {
  const cases = ruleCases[id] ?? { fires: [], passes: [] };

  it('has firing and passing cases', () => {
    expect(cases.fires.length).toBeGreaterThan(0);
    expect(cases.passes.length).toBeGreaterThan(0);
  });

  it.each(cases.fires.map((c) => [c.name, c] as const))('fires: %s', (_name, { metadata, context, fields }) => {
    const found = findingsOf(analyze(metadata, buildContext(context)), id);
    expect(found.map((finding) => finding.fields)).toContainEqual(fields);
    for (const finding of found) {
      expect(finding.severity).toBe(rule.severity);
      expect(finding.oauthError).toBe(rule.oauthError);
      expect(finding.spec).toEqual(rule.spec);
      expect(finding.message).not.toMatch(/undefined|\[object/);
    }
  });

  it.each(cases.passes.map((c) => [c.name, c] as const))('passes: %s', (_name, { metadata, context }) => {
    expect(findingsOf(analyze(metadata, buildContext(context)), id)).toEqual([]);
  });
});
