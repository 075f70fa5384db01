import { describe, expect, it } from 'vitest';

// Read through the bundler rather than node:fs, so that this folder stays free of Node imports too.
// The glob leaves out this file itself, whose sample imports below would otherwise trip it.
const sources = import.meta.glob<string>(['./**/*.ts'], { query: '?raw', import: 'default', eager: true });

const IMPORT_SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+|\brequire\s*\(\s*)['"]([^'"]+)['"]/g;
const FORBIDDEN = /^(?:node:|next(?:\/|$)|@prisma\/|@next\/|fs$|path$|crypto$|os$|url$|http$|https$|child_process$)/;
const RUNTIME_ALLOWED = new Set(['zod']);
const TEST_ALLOWED = new Set(['zod', 'vitest', 'fast-check']);

/** Whether a relative import from a file (given as ./dir/file.ts) stays inside this folder. */
function staysInside(path: string, specifier: string): boolean {
  let depth = path.split('/').length - 2;
  for (const segment of specifier.split('/')) {
    if (segment === '..') depth -= 1;
    if (depth < 0) return false;
  }
  return true;
}

function importsOf(source: string): string[] {
  return [...source.matchAll(IMPORT_SPECIFIER)].map((match) => match[1] ?? '');
}

describe('lib/metadata stays isomorphic', () => {
  const files = Object.entries(sources);

  it('finds the sources', () => {
    expect(files.length).toBeGreaterThan(20);
    expect(files.map(([path]) => path)).toContain('./analyze.ts');
  });

  it.each(files)('%s imports nothing platform-specific', (path, source) => {
    const isTestCode = path.endsWith('.test.ts') || path.startsWith('./testing/');
    for (const specifier of importsOf(source)) {
      expect(specifier, `${path} imports ${specifier}`).not.toMatch(FORBIDDEN);
      if (specifier.startsWith('.')) {
        expect(staysInside(path, specifier), `${path} reaches outside lib/metadata with ${specifier}`).toBe(true);
      } else {
        expect((isTestCode ? TEST_ALLOWED : RUNTIME_ALLOWED).has(specifier), `${path} imports ${specifier}`).toBe(true);
      }
    }
  });

  it('recognises the import forms it forbids', () => {
    const sample = ["import fs from 'node:fs';", 'const p = require("path");', "export { x } from 'next/server';", "await import('@prisma/client');"].join('\n');
    expect(importsOf(sample)).toEqual(['node:fs', 'path', 'next/server', '@prisma/client']);
    expect(importsOf(sample).every((specifier) => FORBIDDEN.test(specifier))).toBe(true);
    expect(staysInside('./rules/flows.ts', '../draft')).toBe(true);
    expect(staysInside('./rules/flows.ts', '../../db/client')).toBe(false);
    expect(staysInside('./analyze.ts', '../auth/session')).toBe(false);
  });
});
