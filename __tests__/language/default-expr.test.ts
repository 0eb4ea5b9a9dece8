/**
 * Issue 16, `default(expr(…))`: an expression the engines share as a column's default, read by the check(expr)
 * parser, typed against the column, printed per engine in parentheses; refused in one line with what to write
 * instead where it cannot mean one thing; proven up → down → up with rows on PostgreSQL, MariaDB and SQLite.
 */
import { describeOnEngines, withRoundTrip } from '../support/engine-round.js';
import { renderDesign } from '../support/schema-run.js';
import { userError } from '../support/design.js';
import { buildModel } from '../../src/core/design.js';
import { writeEntities } from '../../src/model/write-entities.js';
import type { DialectId } from '../../src/dialects/dialect.js';
import { init, step } from '../entity-cases.js';

const PLAN = "Plan: name:string(40), retries:integer:default(expr(2 * 3 + 1)), code:string(10):default(expr(trim('  AB ') ))"
  + ", fee:decimal(6,2):default(expr(abs(-2.50))), label:string(20):default(expr(coalesce(null, 'x')))";
const INSTEAD = "; instead write the value itself (default(5), default('text')), one of default(now), default(today) or "
  + 'default(uuid), or set it where the row is written';

const lineOf = (sql: string, col: string) => sql.split('\n').find((l) => l.trim().startsWith(col))?.trim();

test.each([
  ['postgres', '"retries" INTEGER NOT NULL DEFAULT ((2 * 3) + 1),', `"code" VARCHAR(10) NOT NULL DEFAULT (trim('  AB ')),`],
  ['mysql', '`retries` INT NOT NULL DEFAULT ((2 * 3) + 1),', "`code` VARCHAR(10) NOT NULL DEFAULT (trim('  AB ')),"],
  ['sqlite', '"retries" INTEGER NOT NULL DEFAULT ((2 * 3) + 1),', `"code" VARCHAR(10) NOT NULL DEFAULT (trim('  AB ')),`],
] as [DialectId, string, string][])('%s prints the expression in parentheses, as check(expr) prints it', (db, retries, code) => {
  const { schema } = renderDesign(db, PLAN);
  expect(lineOf(schema, retries.slice(0, 9))).toBe(retries);
  expect(lineOf(schema, code.slice(0, 6))).toBe(code);
});

test('the entity line written back keeps the expression', () => {
  expect(writeEntities(buildModel({ entities: PLAN, relations: [] }))).toContain('retries:integer:default(expr(2 * 3 + 1))');
});

test.each([
  ['twice:integer:default(expr(price * 2))', "'twice': default(expr(price * 2)) names 'price': a default cannot read a column"],
  ["n:integer:default(expr('a'))", "'n': default(expr('a')) is text, and integer takes a whole number"],
  ['n:integer:default(expr(1 > 0))', "'n': default(expr(1 > 0)) is a condition (true or false), and integer is not boolean"],
  ['n:integer:optional:default(expr(null))', "'n': default(expr(null)) is NULL; an optional field takes default(null)"],
  ['n:integer:default(expr())', "'n': default(expr()) is empty"],
])('%s is refused in one line with what to write instead', (field, why) => {
  expect(userError(() => buildModel({ entities: `Plan: price:integer, ${field}`, relations: [] })))
    .toBe(`entities line 1 (Plan) field ${why}${INSTEAD}`);
});

test('text that is neither shared nor one engine expression is refused before any engine runs it', () => {
  expect(userError(() => buildModel({ entities: 'Plan: n:integer:default(expr(1; DROP TABLE x))', relations: [] })))
    .toBe("entities line 1 (Plan) field 'n': default(expr(1; DROP TABLE x)) has ';' (one expression, not statements); allowed: "
      + "the shared forms (numbers, 'text', + - * / %, length lower upper trim abs coalesce), or one expression of the engine");
});

test('what one engine reads otherwise is refused for that engine: upper() on SQLite changes only A-Z', () => {
  const entities = "Plan: code:string(4):default(expr(upper('ab')))";
  expect(userError(() => renderDesign('sqlite', entities)))
    .toBe("Plan.code: default(expr(upper('ab'))) calls upper(), which on SQLite changes only A-Z while PostgreSQL and MySQL "
      + `change every letter; compare with the values you allow (IN, LIKE)${INSTEAD}`);
  expect(renderDesign('postgres', entities).schema).toContain("DEFAULT (upper('ab'))");
});

test('the ORM files carry the expression as the DDL writes it', () => {
  const files = (orm: string) => Object.entries(renderDesign('postgres', PLAN, [], { orm: orm as never, style: 'code-first', runner: orm === 'drizzle' ? 'binary' : 'existing' }).files);
  const text = (orm: string) => files(orm).map(([, b]) => b).join('\n');
  expect(text('prisma')).toContain('retries Int @default(dbgenerated("((2 * 3) + 1)"))');
  expect(text('drizzle')).toContain(".default(sql`((2 * 3) + 1)`)");
  expect(text('sqlalchemy')).toContain('server_default=sa.text("((2 * 3) + 1)")');
});

describeOnEngines('default(expr(…)) on the engines: up → down → up, rows read back the same', (db, engine) => {
  test('a row written without the columns gets the expressions, alike on every engine', async () => {
    const e = engine();
    const r = renderDesign(db, PLAN);
    await withRoundTrip(e, db, r, async () => {
      await e.exec("INSERT INTO plans (name) VALUES ('basic');");
      const rows = await e.query<Record<string, unknown>>("SELECT retries, code, fee, label FROM plans WHERE name = 'basic'");
      expect(rows.map((x) => [Number(x.retries), x.code, Number(x.fee).toFixed(2), x.label])).toEqual([[7, 'AB', '2.50', 'x']]);
    });
  });

  test('db-field adds one to a table with rows (SQLite: the rebuild), up → down → up, the old row gets it', async () => {
    const e = engine();
    const base = init(db);
    const add = step(base.design, { kind: 'field', entities: 'Author: rank:integer:default(expr(10 * 2))' });
    await e.exec(base.up);
    try {
      await e.exec("INSERT INTO authors (name) VALUES ('ann');");
      for (const sql of [add.up, add.down, add.up]) await e.exec(sql);
      await e.exec("INSERT INTO authors (name) VALUES ('bo');");
      const rows = await e.query<{ rank: unknown }>('SELECT rank FROM authors ORDER BY name');
      expect(rows.map((x) => Number(x.rank))).toEqual([20, 20]);
      await e.exec(add.down);
    } finally { await e.exec(base.down); }
  });
});
