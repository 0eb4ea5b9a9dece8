/**
 * db-change dropping a table prunes the design's residue of it (what db-verify --adopt kept: here a generated column
 * and a second CHECK on covers, and a generated column on books that stays), on the real PostgreSQL and MariaDB:
 * db/residue.sql and db/design.json no longer name covers' objects, so a fresh database made by the migrations then
 * db/residue.sql (as db-verify replays it) works and matches the live one; the down brings covers back with them
 * (the catalog as before the drop), and the up runs again. Before, the residue kept them: "covers" does not exist.
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CASES, CLOCK, LINES, RELATIONS, specOf } from './change-cases.js';
import { describeEachEngine, openEngine, type Engine } from './support/engines.js';
import { buildInit } from '../src/core/init.js';
import { planChange } from '../src/change/plan.js';
import { residueRecords } from '../src/render/residue-sql.js';
import type { ResidueObject } from '../src/state/design-schema.js';

const NOWHERE = join(tmpdir(), 'db-scaffold-no-such-dir');
const GEN = {
  postgres: (c: string) => `INTEGER GENERATED ALWAYS AS (length(${c})) STORED`,
  mysql: (c: string) => `INT AS (CHAR_LENGTH(${c})) STORED`,
};
const adopted = (db: 'postgres' | 'mysql'): ResidueObject[] => [
  { kind: 'column', name: 'covers.url_len', reason: 'adopted from the live database: a generated column',
    sql: [{ phase: 4, sql: `ALTER TABLE covers ADD COLUMN url_len ${GEN[db]('url')};` }] },
  { kind: 'check', name: 'covers covers_url_set', reason: 'adopted from the live database: a second CHECK',
    sql: [{ phase: 5, sql: "ALTER TABLE covers ADD CONSTRAINT covers_url_set CHECK (url <> '');" }] },
  { kind: 'column', name: 'books.title_len', reason: 'adopted from the live database: a generated column',
    sql: [{ phase: 4, sql: `ALTER TABLE books ADD COLUMN title_len ${GEN[db]('title')};` }] },
];
const residueOf = (files: { path: string; body: string }[]) => files.find((f) => f.path === 'db/residue.sql')?.body ?? '';

describeEachEngine('db-change: a dropped table takes its residue along, the down brings it back', (db) => {
  test('dropEntity (covers): residue pruned, a fresh replay matches, down restores, up again', async () => {
    const id = db as 'postgres' | 'mysql';
    const built = buildInit({ intake: 'A library.', db, orm: 'none', scale: 'team', style: 'schema-first', migctl: 'manual',
      entities: Object.values(LINES).join('\n'), relations: RELATIONS, review: 'accept', runner: 'later', irreversible: [] },
    undefined, NOWHERE, CLOCK);
    const design = { ...built.design, residue: adopted(id) };
    const init = built.files.find((f) => f.path.endsWith('_init_schema.sql'))!.body;
    const out = planChange(design, specOf(CASES.dropEntity), NOWHERE, new Date('2026-03-05T05:06:07Z'));
    expect(out.design.residue!.map((o) => o.name)).toEqual(['books.title_len']);
    expect(residueOf(out.files)).not.toMatch(/covers/);
    expect(out.up).toMatch(
      /^-- covers: its residue \(db\/residue\.sql: column covers\.url_len, check covers covers_url_set\) goes with it/m);
    const [live, fresh] = [await openEngine(db), await openEngine(db)];
    const run = async (e: Engine, ...sql: string[]) => { for (const x of sql) await e.exec(x); };
    try {
      await run(live, init, residueRecords(design)[0].body, "INSERT INTO authors (name) VALUES ('Ann');",
        'INSERT INTO books (title, isbn, pages, status, format, price_amount, stock_count, author_id) ' +
          "VALUES ('A', 'i-1', 1, 'draft', 'x', 1, 1, 1);",
        "INSERT INTO covers (url, book_id) VALUES ('a.png', 1);");
      const before = await live.catalog();
      expect(before.tables.covers.columns.map((c) => c.name)).toContain('url_len');
      await run(live, out.up!);
      await run(fresh, init, out.up!, residueOf(out.files)); // as db-verify replays: the ups, then db/residue.sql
      expect(await fresh.catalog()).toEqual(await live.catalog());
      await run(live, out.down!);
      expect(await live.catalog()).toEqual(before);
      await run(live, out.up!);
      expect(await live.catalog()).toEqual(await fresh.catalog());
    } finally { await live.close(); await fresh.close(); }
  }, 60_000);
}, ['postgres', 'mysql']);
