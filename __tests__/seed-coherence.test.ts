/**
 * Issue 20, must show: on every example and the held-out designs, loaded on the three engines, every
 * pair of phased times keeps its order, every child row is created after its parent, and every two FK
 * paths to the same table agree — one violation-counting query each, all 0.
 */
import { describeEachEngine, openEngine } from './support/engines.js';
import { renderExample, EXAMPLES, type Rendered } from './support/golden.js';
import { renderDesign } from './support/schema-run.js';
import { HELD_OUT } from './seed/designs.js';
import { probes } from './seed/coherence.js';
import { seedFiles } from '../src/seed/index.js';
import { dialectOf } from '../src/dialects/registry.js';
import type { DialectId } from '../src/dialects/dialect.js';
import type { Tier } from '../src/seed/tiers.js';

const NAMES = [...EXAMPLES, ...Object.keys(HELD_OUT)];
const render = (name: string, db: DialectId): Rendered => (name in HELD_OUT
  ? renderDesign(db, HELD_OUT[name].entities, HELD_OUT[name].relations)
  : renderExample(name as (typeof EXAMPLES)[number], db));

describeEachEngine('seeds that run forward and agree along FK paths', (id) => {
  const db = id as DialectId;
  test.each(NAMES.flatMap((n) => (['rich', 'fixtures'] as Tier[]).map((t) => [n, t])))('%s · %s: every probe returns 0', async (name, tier) => {
    const r = render(name, db);
    const all = probes(dialectOf(db), r.design.schema!);
    if (name in HELD_OUT) expect(all.filter((p) => p.rule === 'time').length).toBeGreaterThan(3);
    if (name === 'library' || name === 'billing') expect(all.filter((p) => p.rule === 'path').length).toBe(1);
    const e = await openEngine(db);
    try {
      await e.exec(r.up);
      await e.exec(seedFiles(r.design, tier as Tier).files[0].body);
      const bad: string[] = [];
      for (const p of all) {
        const n = Number(Object.values((await e.query(p.sql))[0])[0]);
        if (n !== 0) bad.push(`${p.label}: ${n}`);
      }
      expect(bad).toEqual([]);
    } finally {
      await e.close();
    }
  });
});
