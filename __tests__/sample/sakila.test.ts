/**
 * The Sakila sample (16 tables) written in the entity language, applied up → down → up on PostgreSQL,
 * MariaDB and SQLite; each catalog matches the original's column types and sizes, nullability, keys,
 * uniques, indexes, FK actions and defaults, except the differences listed (with reasons) in docs/language.md.
 */
import { readFileSync } from 'node:fs';
import { describeEachEngine, useEngine, type Catalog } from '../support/engines.js';
import { emptyCatalog, healthProblems, renderDesign, roundTrip, type RoundTrip } from '../support/schema-run.js';
import type { DialectId } from '../../src/dialects/dialect.js';
import { SAKILA_ENTITIES, SAKILA_RELATIONS } from './sakila.js';
import { DEFAULTS, natural, ORIGINAL } from './sakila-facts.js';
import { COLUMN_DIFFS, OTHER_DIFFS, TYPE_RULES } from './sakila-diffs.js';

const TABLES = Object.keys(ORIGINAL).sort();
const sets = (xs: string[][]) => xs.map((x) => x.join(',')).sort();

function expectedType(db: DialectId, table: string, col: string, type: string): string {
  const diff = COLUMN_DIFFS.find((d) => d.where === `${table}.${col}`)?.ours?.[db];
  return diff ?? TYPE_RULES.find((r) => r.type === type && r.db === db)?.ours ?? natural(db, type);
}

describeEachEngine('Sakila in the entity language', (id) => {
  const db = id as DialectId;
  const engine = useEngine(id);
  const r = renderDesign(db, SAKILA_ENTITIES, SAKILA_RELATIONS);
  let run: RoundTrip;
  let c: Catalog;
  beforeAll(async () => {
    run = await roundTrip(engine(), r);
    c = run.first;
  });

  test('16 tables; up twice, down, up: the same catalog; each table with its PK', () => {
    expect(Object.keys(c.tables).sort()).toEqual(TABLES);
    expect(healthProblems(c, r)).toEqual([]);
    expect([run.again, run.afterDown, run.second]).toEqual([c, emptyCatalog(db), c]);
  });

  test.each(TABLES)('%s: columns (name, type, size, nullability) as the original, but for the listed differences', (t) => {
    const got = c.tables[t].columns.map((x) => [x.name, x.type, x.nullable]);
    const want = ORIGINAL[t].columns.map(([n, type, nullable]) =>
      [n, expectedType(db, t, n, type), COLUMN_DIFFS.find((d) => d.where === `${t}.${n}`)?.nullable ?? nullable]);
    expect(got).toEqual(want);
  });

  test.each(TABLES)('%s: primary key, uniques, indexes, FKs with their ON DELETE action', (t) => {
    const o = ORIGINAL[t];
    const info = c.tables[t];
    expect(info.primaryKey).toEqual(o.pk);
    expect(sets(info.indexes.filter((i) => i.unique).map((i) => i.columns))).toEqual(sets(o.uniques));
    expect(sets(info.indexes.filter((i) => !i.unique).map((i) => i.columns))).toEqual(sets(o.indexes));
    expect(info.foreignKeys.map((f) => [f.columns.join(), f.refTable, f.onDelete]).sort()).toEqual(o.fks.map(([col, ref, a]) => [col, ref, a]).sort());
  });

  test.each(DEFAULTS)('%s.%s: the original default', (t, col, want) => {
    expect(c.tables[t].columns.find((x) => x.name === col)?.default ?? '').toMatch(want);
  });

  test('every listed difference is still one on some engine (none stale)', () => {
    for (const rule of TYPE_RULES.filter((x) => x.db === db)) expect([rule.type, rule.ours !== natural(db, rule.type)]).toEqual([rule.type, true]);
  });
});

test('docs/language.md lists every difference', () => {
  const page = readFileSync('docs/language.md', 'utf8');
  const section = page.slice(page.indexOf('## Sakila'));
  for (const d of [...COLUMN_DIFFS.map((x) => x.where), ...TYPE_RULES.map((x) => x.type), ...OTHER_DIFFS]) expect([d, section.includes(d)]).toEqual([d, true]);
});
