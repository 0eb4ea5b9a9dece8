/**
 * Issue 16 on the real engines: every v3 design applied up → up again → down → up on PostgreSQL, MariaDB and
 * SQLite, and the index predicates and expressions, column types and comments read back from each catalog
 * (the behaviour they promise: v3-behaviour.test.ts).
 */
import type { Engine } from '../support/engines.js';
import { applyUp as up, describeOnEngines, withRoundTrip } from '../support/engine-round.js';
import { renderDesign } from '../support/schema-run.js';
import type { DialectId } from '../../src/dialects/dialect.js';
import { DOCS, DOCS_DESIGN, INDEXES, KEYS_V3, TYPES_V3 } from './rows-v3.js';

/** The definition each engine keeps for an index: PostgreSQL's indexdef, SQLite's sql, MariaDB's generated columns. */
async function indexDef(e: Engine, db: DialectId, table: string, name: string): Promise<string> {
  const lit = (s: string) => `'${s}'`;
  if (db === 'postgres') return (await e.query<{ d: string }>(`SELECT indexdef AS d FROM pg_indexes WHERE indexname = ${lit(name)}`))[0]?.d ?? '';
  if (db === 'sqlite') return (await e.query<{ d: string }>(`SELECT sql AS d FROM sqlite_master WHERE name = ${lit(name)}`))[0]?.d ?? '';
  const rows = await e.query<{ c: string; g: string | null }>(`SELECT s.COLUMN_NAME AS c, c.GENERATION_EXPRESSION AS g FROM information_schema.STATISTICS s
    JOIN information_schema.COLUMNS c ON c.TABLE_SCHEMA = s.TABLE_SCHEMA AND c.TABLE_NAME = s.TABLE_NAME AND c.COLUMN_NAME = s.COLUMN_NAME
    WHERE s.TABLE_SCHEMA = DATABASE() AND s.TABLE_NAME = ${lit(table)} AND s.INDEX_NAME = ${lit(name)} ORDER BY s.SEQ_IN_INDEX`);
  return rows.map((r) => (r.g ? `${r.c} AS ${r.g}` : r.c)).join(', ');
}

const DEFS: [string, string, string, Record<DialectId, RegExp>][] = [
  [INDEXES[0][1], 'loans', 'uq_loans_tool_id_partial', {
    postgres: /^CREATE UNIQUE INDEX uq_loans_tool_id_partial ON public\.loans USING btree \(tool_id\) WHERE \(returned_at IS NULL\)$/,
    sqlite: /ON "loans" \("tool_id"\) WHERE "returned_at" IS NULL$/,
    mysql: /^gx1_uq_loans_tool_id_partial AS case when `returned_at` is null then `tool_id` end$/i,
  }],
  [INDEXES[1][1], 'loans', 'ix_loans_due_tool_id_partial', {
    postgres: /\(due, tool_id\) WHERE \(returned_at IS NULL\)$/, sqlite: /\("due", "tool_id"\) WHERE "returned_at" IS NULL$/, mysql: /^due, tool_id$/,
  }],
  [INDEXES[2][1], 'members', 'uq_members_lower_email', {
    postgres: /^CREATE UNIQUE INDEX uq_members_lower_email ON public\.members USING btree \(lower\(\(email\)::text\)\)$/,
    sqlite: /ON "members" \(lower\("email"\)\)$/, mysql: /^gx1_uq_members_lower_email AS lcase\(`email`\)$|^gx1_uq_members_lower_email AS lower\(`email`\)$/i,
  }],
  [INDEXES[3][1], 'members', 'ix_members_lower_handle_city', {
    postgres: /\(lower\(\(handle\)::text\), city\)$/, sqlite: /\(lower\("handle"\), "city"\)$/, mysql: /^gx1_ix_members_lower_handle_city AS (lower|lcase)\(`handle`\), city$/i,
  }],
  [INDEXES[4][1], 'members', 'uq_members_lower_email_partial', {
    postgres: /\(lower\(\(email\)::text\)\) WHERE \(\(kind\)::text <> 'bot'::text\)$/, sqlite: /\(lower\("email"\)\) WHERE "kind" <> 'bot'$/,
    mysql: /^gx1_uq_members_lower_email_partial AS case when cast\(`kind` as (char charset )?binary\) <> cast\('bot' as (char charset )?binary\) then (lower|lcase)\(`email`\) end$/i,
  }],
];

describeOnEngines('language v3 designs up → down → up', (db, engine) => {
  test.each([...INDEXES, ...KEYS_V3, ...TYPES_V3, ...DOCS].map(([what, entities]) => [what, entities]))('%s', async (_what, entities) => {
    await withRoundTrip(engine(), db, renderDesign(db, entities));
  });

  test.each(DEFS)('catalog: %s → %s.%s', async (entities, table, name, want) => {
    const r = await up(engine(), db, entities);
    try {
      expect(await indexDef(engine(), db, table, name)).toMatch(want[db]);
    } finally { await engine().exec(r.down); }
  });

  test('catalog: string(*), jsonb, datetime(local|tz) column types; the spec key timezone', async () => {
    const e = engine();
    const r = renderDesign(db, TYPES_V3.map((x) => x[1]).join('\n').replace(/\nDoc: /g, ', '), [], { timezone: 'local' });
    await e.exec(r.up);
    try {
      const c = (await e.catalog()).tables.docs.columns;
      const type = (n: string) => c.find((x) => x.name === n)?.type;
      const want = {
        postgres: ['character varying', 'jsonb', 'timestamp without time zone', 'timestamp with time zone', 'timestamp without time zone'],
        mysql: ['text', 'longtext', 'datetime', 'datetime', 'datetime'], sqlite: ['text', 'json', 'datetime', 'datetime', 'datetime'],
      }[db];
      expect(['slug', 'meta', 'local_at', 'tz_at', 'created_at'].map(type)).toEqual(want);
      expect(type('qty')).toEqual({ postgres: 'integer', mysql: 'int(10) unsigned', sqlite: 'integer' }[db]);
      await expect(e.exec("INSERT INTO docs (qty, rank, big, slug, meta, local_at, tz_at) VALUES (-1, 1, 1, 'a', '{}', '2024-01-01 00:00:00', '2024-01-01 00:00:00');")).rejects.toThrow();
    } finally { await e.exec(r.down); }
  });

  test('catalog: the table and column comments', async () => {
    const e = engine();
    const r = await up(e, db, DOCS_DESIGN);
    try {
      const q = {
        postgres: ["SELECT obj_description('loans'::regclass, 'pg_class') AS d", "SELECT col_description('loans'::regclass, (SELECT attnum FROM pg_attribute WHERE attrelid = 'loans'::regclass AND attname = 'due')) AS d",
          "SELECT col_description('loans'::regclass, (SELECT attnum FROM pg_attribute WHERE attrelid = 'loans'::regclass AND attname = 'note')) AS d"],
        mysql: ["SELECT TABLE_COMMENT AS d FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'loans'",
          "SELECT COLUMN_COMMENT AS d FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'loans' AND COLUMN_NAME = 'due'",
          "SELECT COLUMN_COMMENT AS d FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'loans' AND COLUMN_NAME = 'note'"],
      } as Record<DialectId, string[]>;
      const want = ['One loan of a tool', "When it must be back; it's firm", 'free text ☕'];
      if (db === 'sqlite') {
        const sql = (await e.query<{ d: string }>("SELECT sql AS d FROM sqlite_master WHERE name = 'loans'"))[0].d;
        expect(want.map((w) => sql.includes(`-- ${w}\n`))).toEqual([true, true, true]);
      } else {
        const got: string[] = [];
        for (const x of q[db]) got.push((await e.query<{ d: string }>(x))[0].d);
        expect(got).toEqual(want);
      }
    } finally { await e.exec(r.down); }
  });
});
