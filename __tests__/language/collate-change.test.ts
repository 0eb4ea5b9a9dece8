/**
 * collate(name) on real engines: CREATE TABLE, ADD COLUMN and db-change with a column's collation said, kept through a
 * change of its type or NULL (the MODIFY COLUMN of MySQL restates it), changed, removed; every step up → down → up, the
 * live collation read from the catalog after each (pg_attribute.attcollation, information_schema.COLUMNS, SQLite's
 * CREATE TABLE text, which its rebuild writes again).
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeEachEngine, useEngine, type Engine } from '../support/engines.js';
import type { Design } from '../../src/state/design-schema.js';
import type { DialectId } from '../../src/dialects/dialect.js';
import { exampleSpec, renderSpec } from '../support/golden.js';
import { planChange } from '../../src/change/plan.js';
import { ChangeSpec } from '../../src/change/spec.js';

const NOWHERE = join(tmpdir(), 'db-scaffold-no-such-dir');
const at = (day: number) => new Date(`2026-03-0${day}T05:06:07Z`);
/** Two collations each engine has, and what a column without collate(…) reads back as. */
const NAMES: Record<DialectId, [string, string, string | null]> = {
  postgres: ['C', 'POSIX', 'default'], mysql: ['utf8mb4_bin', 'utf8mb4_general_ci', 'utf8mb4_unicode_ci'], sqlite: ['nocase', 'rtrim', null],
};
type Step = { name: [string, 0 | 1 | 2]; tag?: 0 | 1 | 2; kind?: 0 | 1 | 2; code?: 0 | 1 | 2 };
/** 0: no collate(…), 1 and 2: NAMES[db][0] and [1]. */
const STEPS: Step[] = [
  { name: ['string(40)', 1], tag: 1 },
  { name: ['string(60)', 1], tag: 1, kind: 1 },              // a longer name keeps its collation; an enum with one comes
  { name: ['string(60)', 2], kind: 1 },                      // changed; tag goes
  { name: ['string(60):optional', 2], tag: 2, kind: 0, code: 1 }, // NULL allowed keeps it; kind's removed; two added
  { name: ['string(60):optional', 0], tag: 2, kind: 0, code: 2 },
];

function line(db: DialectId, s: Step): string {
  const c = (n: 0 | 1 | 2) => (n ? `:collate(${NAMES[db][n - 1]})` : '');
  return ['Word: name:' + s.name[0] + c(s.name[1]), ...(s.tag !== undefined ? [`tag:text:optional${c(s.tag)}`] : []),
    ...(s.kind !== undefined ? [`kind:enum(a|b):default(a)${c(s.kind)}`] : []),
    ...(s.code !== undefined ? [`code:string(8):optional${c(s.code)}`] : [])].join(', ');
}

type Seen = Record<string, string | null>;

/** Each text column's collation as the engine keeps it. */
async function collations(e: Engine, db: DialectId): Promise<Seen> {
  if (db === 'sqlite') {
    const [{ sql }] = await e.query<{ sql: string }>("SELECT sql FROM sqlite_master WHERE name = 'words'");
    const cols = [...sql.matchAll(/"(name|tag|kind|code)" [^,\n]*/g)];
    const first = cols.filter((m, i) => cols.findIndex((x) => x[1] === m[1]) === i); // the column's line, not its CHECK
    return Object.fromEntries(first.map((m) => [m[1], /COLLATE (\w+)/.exec(m[0])?.[1].toLowerCase() ?? null]));
  }
  const rows = db === 'postgres'
    ? await e.query<{ c: string; coll: string }>(`SELECT a.attname AS c, co.collname AS coll FROM pg_attribute a
        JOIN pg_collation co ON co.oid = a.attcollation WHERE a.attrelid = 'words'::regclass AND a.attnum > 0 AND NOT a.attisdropped`)
    : await e.query<{ c: string; coll: string }>(`SELECT COLUMN_NAME AS c, COLLATION_NAME AS coll FROM information_schema.COLUMNS
        WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'words' AND COLLATION_NAME IS NOT NULL`);
  return Object.fromEntries(rows.map((r) => [r.c, r.coll]));
}

const want = (db: DialectId, s: Step): Seen => Object.fromEntries((['tag', 'kind', 'code'] as const)
  .filter((k) => s[k] !== undefined).map((k) => [k, s[k] ? NAMES[db][s[k]! - 1] : NAMES[db][2]])
  .concat([['name', s.name[1] ? NAMES[db][s.name[1] - 1] : NAMES[db][2]]]));

describeEachEngine('collate(…) made, kept, changed and removed by db-change, up → down → up', (id) => {
  const db = id as DialectId;
  const engine = useEngine(id);

  test('the catalog has the new collations after each up, the old ones after its down', async () => {
    const e = engine();
    const first = renderSpec(exampleSpec('blog', { db, orm: 'none', entities: line(db, STEPS[0]), relations: [], irreversible: [], scale: 'team' }));
    await e.exec(first.up);
    let design: Design = first.design;
    expect(await collations(e, db)).toEqual(want(db, STEPS[0]));
    for (let i = 1; i < STEPS.length; i++) {
      const before = await collations(e, db);
      const spec = ChangeSpec.parse({ entities: line(db, STEPS[i]), relations: [], allowDestructive: true });
      const out = planChange(design, spec, NOWHERE, at(i + 1));
      expect(out.up && out.down).toBeTruthy();
      const [from, to] = [STEPS[i - 1].name[1], STEPS[i].name[1]].map((n) => (n ? NAMES[db][n - 1] : 'the default'));
      // said in the file's header (SQLite's in its own case: NOCASE)
      expect(out.up!.toLowerCase().includes(`collation: words.name ${from} → ${to}:`.toLowerCase())).toBe(from !== to);
      const after = want(db, STEPS[i]);
      for (const [sql, seen] of [[out.up!, after], [out.down!, before], [out.up!, after]] as const) {
        await e.exec(sql);
        expect(await collations(e, db)).toEqual(seen);
      }
      const schema = out.files.find((f) => f.path === 'db/schema.sql')!.body;
      if (STEPS[i].name[1]) expect(schema).toContain(`COLLATE ${db === 'postgres' ? `"${NAMES[db][STEPS[i].name[1] - 1]}"` : ''}`);
      design = out.design;
    }
  }, 120000);
});
