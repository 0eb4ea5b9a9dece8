/**
 * Issues 16/17: db-change with an entity's @doc('…') or a field's doc('…') changed, added or removed writes a
 * migration pair; up → down → up on the real PostgreSQL and MariaDB and SQLite, the comments read back from each
 * catalog after every step (SQLite: the table's comment after the `(` of the CREATE line, a column's on the line before
 * it, changed by rebuilding the table).
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeEachEngine, useEngine, type Engine } from '../support/engines.js';
import type { Design } from '../../src/state/design-schema.js';
import type { DialectId } from '../../src/dialects/dialect.js';
import { buildInit } from '../../src/core/init.js';
import { planChange } from '../../src/change/plan.js';
import { ChangeSpec } from '../../src/change/spec.js';

const NOWHERE = join(tmpdir(), 'db-scaffold-no-such-dir');
const at = (day: number) => new Date(`2026-03-0${day}T05:06:07Z`);
const LINE = (t: string | null, due: string | null, note: string | null) => `Loan: due:date${due ? `:doc('${due}')` : ''}, ` +
  `note:text:optional${note ? `:doc('${note}')` : ''}${t ? `, @doc('${t}')` : ''}`;
/** [table, due, note] comments, one design per step: changed with columns, the table's alone (removed, added), then
 *  the table's added with columns changed and removed (table and column). */
const STEPS: [string | null, string | null, string | null][] = [['One loan of a tool', 'When it is due', null],
  ['A loan, changed', 'Back by then', 'free text'], [null, 'Back by then', 'free text'], ['Loans', 'Back by then', 'free text'],
  [null, 'Back by then', null], ['A loan again', null, 'notes ☕']];

type Seen = { table: string | null; due: string | null; note: string | null; text?: string };

/** The comments as the engine keeps them ('' and NULL: none); SQLite: the comment lines of its CREATE TABLE text. */
async function comments(e: Engine, db: DialectId): Promise<Seen> {
  const one = async (sql: string) => (await e.query<{ d: string | null }>(sql))[0]?.d || null;
  if (db === 'sqlite') {
    const text = (await one("SELECT sql AS d FROM sqlite_master WHERE name = 'loans'"))!;
    const col = (c: string) => new RegExp(`-- ([^\\n]*)\\n\\s*"${c}"`).exec(text)?.[1] ?? null;
    return { table: /^CREATE TABLE "loans" \( -- ([^\n]*)\n/.exec(text)?.[1] ?? null, due: col('due'), note: col('note') };
  }
  if (db === 'postgres') {
    const col = (c: string) => one(`SELECT col_description('loans'::regclass, (SELECT attnum FROM pg_attribute WHERE attrelid = 'loans'::regclass AND attname = '${c}')) AS d`);
    return { table: await one("SELECT obj_description('loans'::regclass, 'pg_class') AS d"), due: await col('due'), note: await col('note') };
  }
  const where = "TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'loans'";
  const col = (c: string) => one(`SELECT COLUMN_COMMENT AS d FROM information_schema.COLUMNS WHERE ${where} AND COLUMN_NAME = '${c}'`);
  return { table: await one(`SELECT TABLE_COMMENT AS d FROM information_schema.TABLES WHERE ${where}`), due: await col('due'), note: await col('note') };
}

const want = (_db: DialectId, [table, due, note]: (string | null)[]): Seen => ({ table, due, note });

describeEachEngine('a table or column comment changed by db-change, up → down → up', (id) => {
  const db = id as DialectId;
  const engine = useEngine(id);

  test('each step writes a pair; the catalog has the new comments after the up, the old ones after the down', async () => {
    const e = engine();
    const first = buildInit({
      intake: 'Tool loans.', db, orm: 'none', scale: 'team', style: 'schema-first', migctl: 'manual',
      entities: LINE(...STEPS[0]), relations: [], review: 'accept', runner: 'later', irreversible: [],
    }, undefined, NOWHERE, at(1));
    await e.exec(first.files.find((f) => f.path.endsWith('_init_schema.sql'))!.body);
    let design: Design = first.design;
    for (let i = 1; i < STEPS.length; i++) {
      const before = await comments(e, db);
      expect(before).toMatchObject(want(db, STEPS[i - 1]));
      const out = planChange(design, ChangeSpec.parse({ entities: LINE(...STEPS[i]), relations: [] }), NOWHERE, at(i + 1));
      expect(out.up && out.down).toBeTruthy();
      const alone = STEPS[i][1] === STEPS[i - 1][1] && STEPS[i][2] === STEPS[i - 1][2]; // only the table's comment
      const schema = out.files.find((f) => f.path === 'db/schema.sql')!.body;
      if (db === 'sqlite') { // alone or with a column's: the rebuild's CREATE TABLE text, one rebuild
        expect(out.up!.match(/^-- Rebuild "loans" \(([^)]*)\)/gm)).toEqual([alone ? '-- Rebuild "loans" (set the comment line)'
          : expect.stringMatching(/set the comment line\)$/)]);
        expect(schema.includes(`-- ${STEPS[i][0]}\n`)).toBe(STEPS[i][0] !== null);
      }
      await e.exec(out.up!);
      const after = await comments(e, db);
      expect(after).toMatchObject(want(db, STEPS[i]));
      await e.exec(out.down!);
      expect(await comments(e, db)).toEqual(before);
      await e.exec(out.up!);
      expect(await comments(e, db)).toEqual(after);
      design = out.design;
    }
  }, 120000);
});
