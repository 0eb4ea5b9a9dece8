/**
 * The Mastodon slice (sample/mastodon.ts) on the real PostgreSQL: up → down → up, then every column (type,
 * NULL, default), every index (columns, expressions, predicate, unique) and every FK action against schema.rb.
 */
import { describeEngine, useEngine } from '../support/engines.js';
import { emptyCatalog, renderDesign, roundTrip, type RoundTrip } from '../support/schema-run.js';
import { MASTODON_COLUMNS, MASTODON_ENTITIES, MASTODON_FKS, MASTODON_INDEXES } from './mastodon.js';

describeEngine('postgres', 'Mastodon slice exact on PostgreSQL', () => {
  const engine = useEngine('postgres');
  const r = renderDesign('postgres', MASTODON_ENTITIES);
  let run: RoundTrip;
  beforeAll(async () => { run = await roundTrip(engine(), r); });

  test('up, up again, down, up: the same catalog; the slice has its eight tables', () => {
    expect(Object.keys(run.first.tables).sort()).toEqual(Object.keys(MASTODON_COLUMNS).sort());
    expect([run.again, run.afterDown, run.second]).toEqual([run.first, emptyCatalog('postgres'), run.first]);
  });

  test.each(Object.keys(MASTODON_COLUMNS))('%s: columns, indexes and FKs as schema.rb has them', async (table) => {
    const t = run.first.tables[table];
    expect(t.columns.map((c) => [c.name, c.type, c.nullable, c.default]).sort()).toEqual([...MASTODON_COLUMNS[table]].sort());
    const defs = await engine().query<{ d: string }>(`SELECT regexp_replace(indexdef, 'INDEX \\S+ ON', 'INDEX ON') AS d FROM pg_indexes
      WHERE schemaname = 'public' AND tablename = '${table}' AND indexname NOT LIKE 'pk\\_%'`);
    expect(defs.map((x) => x.d).sort()).toEqual([...MASTODON_INDEXES[table]].sort());
    expect(t.foreignKeys.map((f) => `${f.columns.join()} -> ${f.refTable} ${f.onDelete}`).sort()).toEqual([...MASTODON_FKS[table]].sort());
    expect(t.primaryKey).toEqual(['id']);
  });
});
