import fc from 'fast-check';
import { analyze } from '/work/main/lib/metadata/analyze';
import { buildContext } from '/work/main/lib/metadata/context';
import { contexts, realisticMetadata } from '/work/main/lib/metadata/testing/arbitraries';
import { allFindings } from '/work/main/lib/metadata/testing/findings';
const count = (fs: any[]) => { const m = new Map<string, number>(); for (const f of fs) m.set(f.ruleId, (m.get(f.ruleId) ?? 0) + 1); return m; };
const offered = new Map<string, number>();
fc.assert(fc.property(realisticMetadata, fc.constantFrom(...contexts), (m, c) => {
  const ctx = buildContext(c); const before = analyze(m, ctx); const eb = count(before.errors); const fb = count(allFindings(before));
  for (const f of allFindings(before)) { if (!f.fix) continue; offered.set(f.ruleId, (offered.get(f.ruleId) ?? 0) + 1);
    const after = analyze(f.fix.apply(m), ctx);
    if ((count(allFindings(after)).get(f.ruleId) ?? 0) >= (fb.get(f.ruleId) ?? 0)) throw new Error('not removed ' + f.ruleId);
    for (const [id, n] of count(after.errors)) if (n > (eb.get(id) ?? 0)) throw new Error(`${f.ruleId} -> ${f.fix.label} added ${id}`);
  }
}), { numRuns: 60000, seed: Date.now() % 100000 });
console.log(JSON.stringify([...offered].sort((a, b) => a[1] - b[1])));
