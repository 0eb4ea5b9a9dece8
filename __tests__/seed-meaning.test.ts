/**
 * Issue 20, must show: the share of columns whose values come from their meaning (a documented name
 * pattern, or a phased time) is printed, and at least 80 % of the columns whose name matches a pattern
 * get values of that meaning — every seeded value passes the pattern's own check.
 */
import { renderExample, EXAMPLES } from './support/golden.js';
import { renderDesign } from './support/schema-run.js';
import { HELD_OUT } from './seed/designs.js';
import { planSeed } from '../src/seed/index.js';
import { namedPattern, patternFor, type Pattern } from '../src/seed/patterns.js';
import { phaseOf } from '../src/seed/time.js';
import { SECRET } from '../src/seed/meaning.js';
import { uniqueColumns } from '../src/seed/unique.js';
import type { Cell, Val } from '../src/seed/types.js';
import type { Design } from '../src/state/design-schema.js';

const plain = (v: Val): unknown => (v !== null && typeof v === 'object' ? ('num' in v ? v.num : Object.values(v)[0]) : v);
const designs: [string, Design][] = [
  ...EXAMPLES.map((n) => [n, renderExample(n, 'postgres').design] as [string, Design]),
  ...Object.entries(HELD_OUT).map(([n, h]) => [n, renderDesign('mysql', h.entities, h.relations).design] as [string, Design]),
];

interface Verdict { column: string; named?: Pattern; filler?: Pattern; meaning: boolean }

function verdicts(d: Design): Verdict[] {
  const { groups } = planSeed(d.schema!, 'rich');
  return d.schema!.tables.flatMap((t) => t.columns
    .filter((c) => !c.identity && !t.primaryKey.columns.includes(c.name) && !t.foreignKeys.some((f) => f.column === c.name) && !SECRET.test(c.name))
    .map((c) => {
      const values = groups.flatMap((g) => g.tables.filter((p) => p.table === t).flatMap((p) => p.rows.map((r) => r[p.columns.indexOf(c.name)])))
        .filter((v) => v !== null).map(plain);
      const maxLen = c.type.kind === 'string' || c.type.kind === 'char' ? c.type.length : uniqueColumns(t).has(c.name) ? 255 : undefined;
      const cell = { table: t, column: c, id: 1, index: 0, key: '', person: { first: 'A', last: 'B' }, row: {}, maxLen } as Cell;
      const filler = patternFor(cell);
      const phased = !!phaseOf(c) && !['birth', 'free'].includes(phaseOf(c)!);
      const meaning = phased || (!!filler && values.length > 0 && values.every((v) => filler.ok(v)));
      return { column: `${t.name}.${c.name}`, named: namedPattern(c.name), filler, meaning };
    }));
}

test('the share of columns valued by their meaning: printed; ≥ 80 % of the columns a pattern names', () => {
  const lines: string[] = [];
  let named = 0, namedOk = 0, all = 0, allOk = 0;
  for (const [name, d] of designs) {
    const v = verdicts(d);
    const n = v.filter((x) => x.named || phaseOf(d.schema!.tables.flatMap((t) => t.columns).find((c) => x.column.endsWith(`.${c.name}`))!));
    named += v.filter((x) => x.named).length;
    namedOk += v.filter((x) => x.named && x.meaning).length;
    all += v.length;
    allOk += v.filter((x) => x.meaning).length;
    const misses = v.filter((x) => !x.meaning).map((x) => x.column);
    lines.push(`${name.padEnd(8)} ${v.filter((x) => x.meaning).length}/${v.length} columns by meaning (${n.length} named or timed)${misses.length ? `; by type: ${misses.join(', ')}` : ''}`);
  }
  lines.push(`overall: ${allOk}/${all} = ${((100 * allOk) / all).toFixed(1)} % by meaning; of the columns a pattern names: ${namedOk}/${named} = ${((100 * namedOk) / named).toFixed(1)} %`);
  console.log(lines.join('\n'));
  expect(named).toBeGreaterThan(30);
  expect(namedOk / named).toBeGreaterThanOrEqual(0.8);
});

test('sizes, checks and weights: a string(12) e-mail fits, ISBNs check, is_admin is rare, enums lean to the common value', () => {
  const d = renderDesign('sqlite', 'Reader: email:string(12):unique, is_admin, isbn:string(13), status:enum(active|suspended), lat:decimal(9,6)').design;
  const rows = planSeed(d.schema!, 'rich').groups[0].tables[0];
  const col = (n: string) => rows.rows.map((r) => plain(r[rows.columns.indexOf(n)]));
  expect(col('email').filter((e) => String(e).length > 12 || !/^[a-z0-9.]+@[a-z.]+\.test$/.test(String(e)))).toEqual([]);
  expect(col('isbn').filter((v) => !namedPattern('isbn')!.ok(v))).toEqual([]);
  expect(col('is_admin').filter((v) => v === true).length).toBeLessThanOrEqual(2);
  const active = col('status').filter((v) => v === 'active').length;
  expect(active).toBeGreaterThan(col('status').length / 2);
  expect(col('lat').filter((v) => !(Number(v) >= -90 && Number(v) <= 90))).toEqual([]);
});

test('child counts are skewed: a few parents have many children, and half the parents at least one', () => {
  const d = renderDesign('postgres', 'Author: name\nNote: body:text, author_id').design;
  const notes = planSeed(d.schema!, 'rich').groups[0].tables.find((t) => t.table.name === 'notes')!;
  const per = new Map<unknown, number>();
  for (const r of notes.rows) per.set(r[notes.columns.indexOf('author_id')], (per.get(r[notes.columns.indexOf('author_id')]) ?? 0) + 1);
  const counts = [...per.values()].sort((a, b) => b - a);
  expect(counts[0]).toBeGreaterThanOrEqual(3 * counts[counts.length - 1]);
  expect(per.size).toBeGreaterThanOrEqual(4);
});
