/**
 * db-verify on the embedded engines (PGlite for PostgreSQL designs, sql.js for SQLite) and on a MariaDB scratch
 * database from DATABASE_URL: the examples verify clean (exit 0); a table added only in a migration, a column
 * changed only in schema.sql, an index dropped only in schema.sql and an edited migration are each named (exit 1);
 * a table comment set by db-change replays and verifies clean (SQLite: its migration rebuilds the table, the comment a line of its CREATE TABLE text).
 */
import { describeEngine, openEngine, type Engine } from '../support/engines.js';
import { edit, project, readDesign, recordPair, sharedScratch, verifyAt } from './project.js';
import type { DialectId } from '../../src/dialects/dialect.js';
import { loadSeed } from '../../src/seed/lazy.js';
import { planChange } from '../../src/change/plan.js';
import { ChangeSpec } from '../../src/change/spec.js';
import { writeEntities } from '../../src/model/write-entities.js';
import { applyPlan } from '../../src/io/apply.js';

const scratch = sharedScratch();
beforeAll(() => loadSeed());
afterAll(() => scratch.close());

const rules = (r: { findings: { rule: string }[] }) => [...new Set(r.findings.map((f) => f.rule))].sort();
const q = (db: DialectId, n: string) => (db === 'mysql' ? `\`${n}\`` : `"${n}"`);

function cases(db: DialectId, env: () => NodeJS.ProcessEnv) {
  test.each(['blog', 'saas', 'shop'] as const)('%s verifies clean: exit 0, one line per step', async (name) => {
    const r = await verifyAt(project(name, db), scratch, { env: env() });
    expect(r.findings).toEqual([]);
    expect(r.exit).toBe(0);
    expect(r.lines.slice(1).map((l) => l.split(/\s+/)[0])).toEqual(['integrity', 'lint', 'replay', 'drift']);
    expect(r.lines[3]).toMatch(/^replay +ok: 1 up, the downs back to empty(; the down of \S+ aborts by design \(irreversible: \S+\))?, up again; db\/schema\.sql loaded fresh on /);
  });

  test('a seed verifies twice without new rows', async () => {
    const r = await verifyAt(project('blog', db, 'smoke'), scratch, { env: env() });
    expect(r.findings).toEqual([]);
  });

  test('a table comment set by db-change (@doc): its pair replays up, down, up and verifies clean', async () => {
    const dir = project('blog', db);
    const d = readDesign(dir);
    const entities = writeEntities(d.model!).replace(/^(Tag: .*)$/m, "$1, @doc('Labels, shown on posts')");
    const out = planChange(d, ChangeSpec.parse({ entities, relations: d.model!.relations }), dir, new Date('2026-02-01T00:00:00Z'));
    expect(out.up).toMatch(db === 'sqlite' ? /^CREATE TABLE "__new_tags" \( -- Labels, shown on posts$/m : /COMMENT (ON TABLE "tags" IS |= )'Labels, shown on posts'/);
    applyPlan(dir, out.files);
    const r = await verifyAt(dir, scratch, { env: env() });
    expect(r.findings).toEqual([]);
    expect(r.lines[3]).toMatch(/^replay +ok: 2 up/);
  });

  test('a table added only in a migration: named, exit 1', async () => {
    const dir = project('blog', db);
    recordPair(dir, '20260102030406', 'audit', `CREATE TABLE ${q(db, 'audit_log')} (${q(db, 'id')} INTEGER PRIMARY KEY);\n`, `DROP TABLE ${q(db, 'audit_log')};\n`);
    const r = await verifyAt(dir, scratch, { env: env() });
    expect(r.exit).toBe(1);
    expect(r.lines).toContainEqual(expect.stringMatching(/^migrations\/20260102030406_audit\.sql:1 migrations-differ-from-design table audit_log: in the database, not in the design/));
    expect(r.lines).toContainEqual(expect.stringMatching(/schema-sql-differs table audit_log: only in the migrations/));
  });

  test('a column changed only in schema.sql: named, exit 1', async () => {
    const dir = project('blog', db);
    edit(dir, 'db/schema.sql', (s) => s.replace(`${q(db, 'display_name')} TEXT NOT NULL`, `${q(db, 'display_name')} VARCHAR(80) NOT NULL`));
    const r = await verifyAt(dir, scratch, { env: env() });
    expect(r.exit).toBe(1);
    expect(rules(r)).toEqual(['schema-sql-differs']);
    expect(r.lines).toContainEqual(expect.stringMatching(/^db\/schema\.sql:\d+ schema-sql-differs column users\.display_name: type: migrations "text" \/ schema\.sql "(varchar|character varying)\(80\)"/));
  });

  test('an index dropped only in schema.sql: named, exit 1', async () => {
    const dir = project('blog', db);
    edit(dir, 'db/schema.sql', (s) => s.split('\n').filter((l) => !l.includes('ix_posts_author_id')).join('\n').replace(/,(\n\) ENGINE)/, '$1'));
    const r = await verifyAt(dir, scratch, { env: env() });
    expect(r.exit).toBe(1);
    expect(r.lines).toContainEqual(expect.stringMatching(/^db\/schema\.sql:\d+ schema-sql-differs index posts ix_posts_author_id \(author_id\): only in the migrations/));
  });

  test('a down that does not undo its up: named at the statement it leaves standing', async () => {
    const dir = project('blog', db);
    recordPair(dir, '20260102030406', 'nick', `ALTER TABLE ${q(db, 'users')} ADD COLUMN ${q(db, 'nick')} INTEGER;\n`, 'SELECT 1;\n');
    const r = await verifyAt(dir, scratch, { env: env() });
    expect(r.exit).toBe(1);
    expect(r.lines).toContainEqual(expect.stringMatching(/^migrations\/20260102030406_nick\.sql:1 down-not-undoing-up the up adds column users\.nick; migrations\/20260102030406_nick\.down\.sql does not drop it/));
  });

  test('an edited migration: named, exit 1', async () => {
    const dir = project('blog', db);
    const up = 'migrations/20260102030405_init_schema.sql';
    edit(dir, up, (s) => `${s}\n-- a hotfix made in place\n`);
    const r = await verifyAt(dir, scratch, { env: env() });
    expect(r.exit).toBe(1);
    expect(r.lines).toContainEqual(`${up}:1 edited-migration 20260102030405_init_schema was edited after it was written (its checksum differs from db/design.json) — restore it from git and make the change as a new migration (npx plop db-change)`);
  });
}

describe('PGlite (PostgreSQL designs)', () => cases('postgres', () => ({ DATABASE_URL: '' })));
describe('sql.js (SQLite designs)', () => cases('sqlite', () => ({ DATABASE_URL: '' })));
describeEngine('mysql', 'a MariaDB scratch database from DATABASE_URL', () => {
  let engine: Engine;
  beforeAll(async () => { engine = await openEngine('mysql'); });
  afterAll(() => engine?.close());
  const url = () => ({ DATABASE_URL: `mysql://root@127.0.0.1:${process.env.DBS_MYSQL_PORT ?? 3306}/${engine.name}` });
  cases('mysql', url);
  test('a scratch database that holds tables is refused: exit 2, nothing touched', async () => {
    await engine.exec('CREATE TABLE keep_me (id INT PRIMARY KEY); INSERT INTO keep_me VALUES (1)');
    const r = await verifyAt(project('blog', 'mysql'), { open: (await import('../../src/verify/scratch.js')).openScratch, close: async () => undefined }, { env: url() });
    expect(r.exit).toBe(2);
    expect(r.lines[r.lines.length - 1]).toMatch(/^could not verify: mysql:\/\/root@127\.0\.0\.1:\d+\/\S+ holds 1 tables \(keep_me…\); replay needs an empty scratch database$/);
    expect(await engine.query('SELECT COUNT(*) AS n FROM keep_me')).toEqual([{ n: 1 }]);
    await engine.exec('DROP TABLE keep_me');
  });
});
