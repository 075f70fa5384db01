import { describe, expect, it } from 'vitest';
import { serverCapabilities } from './capabilities';
import { explanations, type Explanation } from './explanations';
import { presets } from './presets';
import { renderRuleDocs } from './rule-docs';
import { rules } from './rules';

const docsOnDisk = import.meta.glob<string>('/docs/rules.md', { query: '?raw', import: 'default', eager: true });

function expectComplete(explanation: Explanation | undefined): void {
  expect(explanation).toBeDefined();
  for (const text of [explanation?.title, explanation?.what, explanation?.chooseWhen, explanation?.pairsWith, explanation?.risks]) {
    expect(text?.length ?? 0).toBeGreaterThan(3);
  }
  expect(explanation?.spec.url).toMatch(/^https:\/\//);
}

describe('explanations', () => {
  const groups = [
    ['grant type', serverCapabilities.grantTypes, explanations.grantTypes],
    ['response type', serverCapabilities.responseTypes, explanations.responseTypes],
    ['auth method', serverCapabilities.tokenEndpointAuthMethods, explanations.tokenEndpointAuthMethods],
  ] as const;

  it.each(groups)('cover every %s the server offers, and nothing else', (_kind, offered, explained) => {
    expect(Object.keys(explained).sort()).toEqual([...offered].sort());
    for (const value of offered) expectComplete((explained as Record<string, Explanation>)[value]);
  });
});

describe('presets', () => {
  it('have unique ids, labels and descriptions', () => {
    expect(new Set(presets.map((preset) => preset.id)).size).toBe(presets.length);
    for (const preset of presets) {
      expect(preset.label.length).toBeGreaterThan(3);
      expect(preset.description.length).toBeGreaterThan(20);
    }
  });

  it('use the redirect URI they are given', () => {
    const web = presets.find((preset) => preset.id === 'web-app');
    expect(web?.metadata('https://shop.example.com/cb').redirect_uris).toEqual(['https://shop.example.com/cb']);
    expect(presets.find((preset) => preset.id === 'machine-to-machine')?.metadata('https://x.example/cb')).not.toHaveProperty('redirect_uris');
  });
});

describe('rule documentation', () => {
  it('lists every rule with its clause link', () => {
    const markdown = renderRuleDocs();
    for (const rule of rules) {
      expect(markdown).toContain(`\`${rule.id}\``);
      expect(markdown).toContain(rule.spec.url);
    }
  });

  it('is committed up to date (run npx tsx scripts/generate-rule-docs.ts)', () => {
    expect(docsOnDisk['/docs/rules.md']).toBe(renderRuleDocs());
  });
});
