/**
 * Issue 16 on the real engines: every v3 design applied up → up again → down → up on PostgreSQL, MariaDB and
 * SQLite, the index predicates and expressions read back from each catalog, and the behaviour they promise:
 * one open loan per tool, a case-insensitive unique email, explicit ids, ids never reused, and updated_at
 * plain where the design says plain and kept current where it says auto — the same on the three engines.
 */
import { describeEachEngine, useEngine, type Engine } from '../support/engines.js';
import { emptyCatalog, healthProblems, renderDesign, roundTrip, scalar } from '../support/schema-run.js';
import type { DialectId } from '../../src/dialects/dialect.js';
import { DOCS, DOCS_DESIGN, INDEXES, KEYS_V3, SELF_M2M, TYPES_V3 } from './rows-v3.js';

const up = async (e: Engine, db: DialectId, entities: string) => {
  const r = renderDesign(db, entities);
  await e.exec(r.up);
  return r;
};

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
    mysql: /^gx1_uq_members_lower_email_partial AS case when `kind` <> 'bot' then (lower|lcase)\(`email`\) end$/i,
  }],
];

describeEachEngine('language v3 designs up → down → up', (id) => {
  const db = id as DialectId;
  const engine = useEngine(id);

  test.each([...INDEXES, ...KEYS_V3, ...TYPES_V3, ...DOCS].map(([what, entities]) => [what, entities]))('%s', async (_what, entities) => {
    const r = renderDesign(db, entities);
    const run = await roundTrip(engine(), r);
    await engine().exec(r.down);
    expect(healthProblems(run.first, r)).toEqual([]);
    expect(run.again).toEqual(run.first);
    expect(run.afterDown).toEqual(emptyCatalog(db));
    expect(run.second).toEqual(run.first);
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

  test('self many-to-many "vouches": up → down → up; a vouch is one row, given once, gone with either member', async () => {
    const e = engine();
    const r = renderDesign(db, SELF_M2M.entities, SELF_M2M.relations);
    const run = await roundTrip(e, r);
    try {
      expect(healthProblems(run.first, r)).toEqual([]);
      expect([run.afterDown, run.second]).toEqual([emptyCatalog(db), run.first]);
      expect(run.first.tables.vouches.foreignKeys.map((f) => [f.columns.join(), f.refTable, f.onDelete]).sort())
        .toEqual([['member_id', 'members', 'cascade'], ['vouch_member_id', 'members', 'cascade']]);
      await e.exec("INSERT INTO members (handle) VALUES ('ann'), ('bo');");
      const vouch = "INSERT INTO vouches (member_id, vouch_member_id) SELECT a.id, b.id FROM members a, members b WHERE a.handle = 'ann' AND b.handle = 'bo';";
      await e.exec(vouch);
      await expect(e.exec(vouch)).rejects.toThrow();
      await e.exec("DELETE FROM members WHERE handle = 'bo';");
      expect(await scalar(e, 'SELECT COUNT(*) FROM vouches')).toBe(0);
    } finally { await e.exec(r.down); }
  });

  test('partial unique: two returned loans of one tool, one open loan; a second open one is refused', async () => {
    const r = await up(engine(), db, INDEXES[0][1]);
    const e = engine();
    try {
      await e.exec("INSERT INTO tools (name) VALUES ('drill');");
      const loan = (returned: string) => `INSERT INTO loans (tool_id, returned_at) SELECT id, ${returned} FROM tools;`;
      await e.exec(loan("'2024-01-02 10:00:00'"));
      await e.exec(loan("'2024-02-03 10:00:00'"));
      await e.exec(loan('NULL'));
      await expect(e.exec(loan('NULL'))).rejects.toThrow();
      expect(await scalar(e, 'SELECT COUNT(*) FROM loans')).toBe(3);
    } finally { await e.exec(r.down); }
  });

  test("case-insensitive unique: 'A@x.io' is refused after 'a@x.io'", async () => {
    const r = await up(engine(), db, INDEXES[2][1]);
    const e = engine();
    try {
      await e.exec("INSERT INTO members (email) VALUES ('a@x.io');");
      await expect(e.exec("INSERT INTO members (email) VALUES ('A@x.io');")).rejects.toThrow();
      await e.exec("INSERT INTO members (email) VALUES ('b@x.io');");
      expect(await scalar(e, 'SELECT COUNT(*) FROM members')).toBe(2);
    } finally { await e.exec(r.down); }
  });

  test('identity(by-default) takes an explicit id; autoincrement never hands out a deleted last id again', async () => {
    const e = engine();
    let r = await up(e, db, KEYS_V3[0][1]);
    try {
      await e.exec("INSERT INTO tools (id, name) VALUES (100, 'kept');");
      expect(await scalar(e, 'SELECT id FROM tools')).toBe(100);
    } finally { await e.exec(r.down); }
    r = await up(e, db, KEYS_V3[3][1]);
    try {
      await e.exec("INSERT INTO tools (name) VALUES ('a');");
      await e.exec("INSERT INTO tools (name) VALUES ('b');");
      const last = await scalar(e, 'SELECT MAX(id) FROM tools');
      await e.exec(`DELETE FROM tools WHERE id = ${last};`);
      await e.exec("INSERT INTO tools (name) VALUES ('c');");
      expect(await scalar(e, 'SELECT MAX(id) FROM tools')).toBeGreaterThan(last);
    } finally { await e.exec(r.down); }
  });

  test('updated_at: plain keeps an explicit value and is left alone; auto is kept current — alike on every engine', async () => {
    const e = engine();
    const r = await up(e, db, KEYS_V3[4][1]);
    const at = "'2011-06-01 00:00:00'";
    try {
      await e.exec(`INSERT INTO visits (note, updated_at) VALUES ('a', ${at});`);
      await e.exec("UPDATE visits SET updated_at = '2011-06-02 00:00:00';");
      expect(await scalar(e, "SELECT COUNT(*) FROM visits WHERE updated_at = '2011-06-02 00:00:00'")).toBe(1);
      await e.exec("UPDATE visits SET note = 'b';");
      expect(await scalar(e, "SELECT COUNT(*) FROM visits WHERE updated_at = '2011-06-02 00:00:00'")).toBe(1);
      await e.exec(`INSERT INTO fixes (note, updated_at) VALUES ('a', ${at});`);
      await e.exec("UPDATE fixes SET note = 'b';");
      expect(await scalar(e, "SELECT COUNT(*) FROM fixes WHERE updated_at > '2020-01-01 00:00:00'")).toBe(1);
    } finally { await e.exec(r.down); }
  });
});
