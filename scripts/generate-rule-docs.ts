import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderRuleDocs } from '../lib/metadata/rule-docs';

const target = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'docs', 'rules.md');
mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, renderRuleDocs());
console.log(`Wrote ${target}`);
