/**
 * parseOrdered (src/state/ordered.ts) is zod's parse, faster: on real designs (the examples on every engine,
 * an import's features fixture) and on fast-check's mutations of them (a key dropped, added or retyped deep
 * inside), it gives zod's output byte for byte when zod accepts and throws zod's issue when zod refuses.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { Design } from '../../src/state/design-schema.js';
import { parseOrdered } from '../../src/state/ordered.js';
import { upgradeDesign } from '../../src/state/upgrade.js';
import { DIALECT_IDS } from '../../src/dialects/dialect.js';
import { EXAMPLES, ROOT, renderExample } from '../support/golden.js';

const designs: unknown[] = [
  ...EXAMPLES.flatMap((e) => DIALECT_IDS.map((db) => renderExample(e, db).design)),
  upgradeDesign(JSON.parse(readFileSync(join(ROOT, '__tests__/fixtures/v2/features/db/design.json'), 'utf8'))),
].map((d) => JSON.parse(JSON.stringify(d)));

const outcome = (f: () => unknown) => {
  try { return `ok ${JSON.stringify(f())}`; } catch (e) { return `throws ${(e as Error).message}`; }
};

test('the same output as zod on every design (keys reordered by the schema)', () => {
  for (const d of designs) {
    const zod = JSON.stringify(Design.parse(d, { jitless: true }));
    expect(JSON.stringify(parseOrdered(Design, d))).toBe(zod);
    const shuffled = JSON.parse(JSON.stringify(d, (_, v) => (v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).reverse()) : v)));
    expect(JSON.stringify(parseOrdered(Design, shuffled))).toBe(zod);
  }
});

/** Every path to an object or array inside a value. */
function containers(v: unknown, at: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  if (v && typeof v === 'object') {
    out.push(at);
    for (const [k, x] of Object.entries(v)) containers(x, [...at, Array.isArray(v) ? Number(k) : k], out);
  }
  return out;
}

const ODD = [undefined, null, 0, -1, 1.5, NaN, '', 'x', 'key', true, false, [], {}, ['x'], { kind: 'text' }, { kind: 'zzz' }];

test('a mutated design: the same output or the same refusal as zod (fast-check)', () => {
  const all = designs.map((d) => ({ d, paths: containers(d) }));
  fc.assert(fc.property(fc.nat(), fc.nat(), fc.nat(), fc.nat(ODD.length - 1), fc.constantFrom('drop', 'set', 'add'),
    (di, pi, ki, vi, op) => {
      const { d, paths } = all[di % all.length];
      const copy = JSON.parse(JSON.stringify(d));
      const path = paths[pi % paths.length];
      const target = path.reduce((o: Record<string | number, unknown>, k) => o[k] as Record<string | number, unknown>, copy);
      const keys = Object.keys(target);
      const key = op === 'add' || !keys.length ? `extra${ki % 3}` : keys[ki % keys.length];
      if (op === 'drop') delete target[key]; else target[key] = ODD[vi];
      expect(outcome(() => parseOrdered(Design, copy))).toBe(outcome(() => Design.parse(copy, { jitless: true })));
    }), { numRuns: 600 });
});
