/** Every lint rule with a failing and a passing case (migrations as written by hand, or the design's schema
 *  changed), and a rule switched off with its reason. Pure: no engine, no files. */
import { lint, RULES } from '../../src/verify/lint/index.js';
import { lintContext } from '../../src/verify/lint/context.js';
import type { MigrationText } from '../../src/verify/migrations.js';
import type { Design } from '../../src/state/design-schema.js';
import type { DialectId } from '../../src/dialects/dialect.js';
import { dialectOf } from '../../src/dialects/registry.js';
import { findingLine } from '../../src/verify/finding.js';
import { renderExample } from '../support/golden.js';
import { readFileSync } from 'node:fs';

const DOCS = readFileSync('docs/lint.md', 'utf8');

const INIT = 'CREATE TABLE "users" (\n  "id" BIGINT PRIMARY KEY,\n  "email" TEXT NOT NULL\n);';
const mig = (i: number, up: string, down: string, irreversible: string[] = []): MigrationText => ({
  version: `2026010200000${i}`, name: `m${i}`, irreversible,
  up: { file: `migrations/2026010200000${i}_m${i}.sql`, sql: up, line: 1 }, down: { file: `migrations/2026010200000${i}_m${i}.down.sql`, sql: down, line: 1 },
});

function run(db: DialectId, ups: [string, string, string[]?][], edit: (d: Design) => void = () => undefined, scale?: 'multi-replica') {
  const design = structuredClone(renderExample('blog', db).design);
  if (scale) design.answers.scale = scale;
  edit(design);
  const texts = [mig(0, INIT, 'DROP TABLE "users";'), ...ups.map(([u, d, irr], i) => mig(i + 1, u, d, irr))];
  return lint(lintContext(design, dialectOf(db), texts));
}
const ids = (r: ReturnType<typeof run>) => r.findings.map((f) => f.rule);

type Edit = (d: Design) => void;
interface Case { rule: string; db?: DialectId; scale?: 'multi-replica'; fail: Parameters<typeof run>[1]; pass: Parameters<typeof run>[1]; failEdit?: Edit; passEdit?: Edit }

const posts = (d: Design) => d.schema!.tables.find((t) => t.name === 'posts')!;
const CASES: Case[] = [
  { rule: 'adding-required-field', fail: [['ALTER TABLE "users" ADD COLUMN "age" INTEGER NOT NULL;', 'ALTER TABLE "users" DROP COLUMN "age";']],
    pass: [['ALTER TABLE "users" ADD COLUMN "age" INTEGER NOT NULL DEFAULT 0;', 'ALTER TABLE "users" DROP COLUMN "age";']] },
  { rule: 'adding-not-nullable-field', fail: [['ALTER TABLE "users" ALTER COLUMN "email" SET NOT NULL;', 'ALTER TABLE "users" ALTER COLUMN "email" DROP NOT NULL;']],
    pass: [['UPDATE "users" SET "email" = \'\' WHERE "email" IS NULL;\nALTER TABLE "users" ALTER COLUMN "email" SET NOT NULL;', 'ALTER TABLE "users" ALTER COLUMN "email" DROP NOT NULL;']] },
  { rule: 'ban-drop-table', fail: [['DROP TABLE "users";', '-- nothing']], pass: [['DROP TABLE "users";', INIT]] },
  { rule: 'ban-drop-column', fail: [['ALTER TABLE "users" DROP COLUMN "email";', '-- nothing']],
    pass: [['ALTER TABLE "users" DROP COLUMN "email";', 'ALTER TABLE "users" ADD COLUMN "email" TEXT;']] },
  { rule: 'require-concurrent-index-creation', scale: 'multi-replica', fail: [['CREATE INDEX "ix_users_email" ON "users" ("email");', 'DROP INDEX "ix_users_email";']],
    pass: [['CREATE INDEX CONCURRENTLY "ix_users_email" ON "users" ("email");', 'DROP INDEX CONCURRENTLY "ix_users_email";']] },
  { rule: 'constraint-missing-not-valid', scale: 'multi-replica', fail: [['ALTER TABLE "users" ADD CONSTRAINT "ck_users_email" CHECK ("email" <> \'\');', 'ALTER TABLE "users" DROP CONSTRAINT "ck_users_email";']],
    pass: [['ALTER TABLE "users" ADD CONSTRAINT "ck_users_email" CHECK ("email" <> \'\') NOT VALID;', 'ALTER TABLE "users" DROP CONSTRAINT "ck_users_email";']] },
  { rule: 'renaming-column', scale: 'multi-replica', fail: [['ALTER TABLE "users" RENAME COLUMN "email" TO "mail";', 'ALTER TABLE "users" RENAME COLUMN "mail" TO "email";']],
    pass: [['ALTER TABLE "users" ADD COLUMN "mail" TEXT;', 'ALTER TABLE "users" DROP COLUMN "mail";']] },
  { rule: 'renaming-table', scale: 'multi-replica', fail: [['ALTER TABLE "users" RENAME TO "members";', 'ALTER TABLE "members" RENAME TO "users";']],
    pass: [['CREATE TABLE "members" ("id" BIGINT PRIMARY KEY);', 'DROP TABLE "members";']] },
  { rule: 'changing-column-type', scale: 'multi-replica', fail: [['ALTER TABLE "users" ALTER COLUMN "email" TYPE VARCHAR(320);', 'ALTER TABLE "users" ALTER COLUMN "email" TYPE TEXT;']],
    pass: [['ALTER TABLE "users" ADD COLUMN "email2" VARCHAR(320);', 'ALTER TABLE "users" DROP COLUMN "email2";']] },
  { rule: 'offline-at-multi-replica', scale: 'multi-replica', failEdit: (d) => { d.answers.safety = 'offline'; },
    fail: [['DROP INDEX "ix_users_email";', 'CREATE INDEX "ix_users_email" ON "users" ("email");']],
    pass: [['DROP INDEX CONCURRENTLY "ix_users_email";', 'CREATE INDEX CONCURRENTLY "ix_users_email" ON "users" ("email");']] },
  { rule: 'require-index-for-foreign-key', fail: [], pass: [], failEdit: (d) => { posts(d).indexes = posts(d).indexes.filter((i) => i.columns[0] !== 'author_id'); },
    passEdit: (d) => { posts(d).indexes = posts(d).indexes.filter((i) => i.columns[0] !== 'author_id'); posts(d).uniques.push({ name: 'uq_posts_author_id_title', columns: ['author_id', 'title'] }); } },
  { rule: 'identifier-too-long', fail: [], pass: [], failEdit: (d) => { posts(d).columns[1].name = 'x'.repeat(64); }, passEdit: (d) => { posts(d).columns[1].name = 'x'.repeat(63); } },
  { rule: 'check-differs-by-engine', fail: [], pass: [], failEdit: (d) => { posts(d).checks.push({ name: 'ck_posts_title', column: 'title', rule: 'expr', expr: "title <> 'Untitled'" }); },
    passEdit: (d) => { posts(d).checks.push({ name: 'ck_posts_title', column: 'title', rule: 'expr', expr: 'CHAR_LENGTH(title) > 0' }); } },
];

test('every rule has a case here', () => {
  expect(CASES.map((c) => c.rule).sort()).toEqual(RULES.map((r) => r.id).sort());
});

describe.each(CASES.map((c) => [c.rule, c] as const))('%s', (rule, c) => {
  test('fails', () => {
    const r = run(c.db ?? 'postgres', c.fail, c.failEdit, c.scale);
    expect(ids(r)).toEqual([rule]);
    expect(findingLine(r.findings[0])).toMatch(new RegExp(`^(migrations/\\S+|db/schema\\.sql):\\d+ ${rule} .+ — .+`));
  });
  test('passes', () => expect(ids(run(c.db ?? 'postgres', c.pass, c.passEdit, c.scale))).toEqual([]));
  test('has its page in docs/lint.md', () => expect(DOCS).toMatch(new RegExp(`^## ${rule}( \\(Atlas \\w+\\))?\\n\\S.{80,}`, 'ms')));
});

test('the online rules hold only at multi-replica scale; the FK-index rule not where the engine indexes FKs itself', () => {
  expect(ids(run('postgres', CASES.find((c) => c.rule === 'renaming-column')!.fail))).toEqual([]);
  expect(ids(run('mysql', [], CASES.find((c) => c.rule === 'require-index-for-foreign-key')!.failEdit))).toEqual([]);
  expect(ids(run('sqlite', [], CASES.find((c) => c.rule === 'require-index-for-foreign-key')!.failEdit))).toEqual(['require-index-for-foreign-key']);
});

test('a rule switched off in the design reports nothing and is listed with its reason; an unknown id is refused', () => {
  const off = run('postgres', CASES[3].fail, (d) => { d.lint = { 'ban-drop-column': 'legacy table' }; });
  expect(off.findings).toEqual([]);
  expect(off.off).toEqual([{ rule: 'ban-drop-column', reason: 'legacy table', silenced: 1 }]);
  expect(() => run('postgres', [], (d) => { d.lint = { 'ban-everything': 'x' }; })).toThrow(/lint: unknown rule 'ban-everything'/);
});

test('the bundled examples lint clean on every engine', () => {
  for (const db of ['postgres', 'mysql', 'sqlite'] as const) expect(ids(run(db, []))).toEqual([]);
});

test('offline-at-multi-replica: not with safety online, nor on SQLite (one writer, no online DDL)', () => {
  const c = CASES.find((x) => x.rule === 'offline-at-multi-replica')!;
  expect(ids(run('postgres', c.fail, (d) => { d.answers.safety = 'online'; }, 'multi-replica'))).toEqual([]);
  expect(ids(run('sqlite', c.fail, c.failEdit, 'multi-replica'))).toEqual([]);
  const two = run('postgres', [['DROP INDEX "a";\nALTER TABLE "users" ALTER COLUMN "email" TYPE VARCHAR(9);', '-- x']], c.failEdit, 'multi-replica');
  expect(two.findings.find((f) => f.rule === 'offline-at-multi-replica')?.message).toMatch(/^DROP INDEX a, a new type for email lock a table .*\(also lines 2\)/);
});

test('a NOT NULL restated by MySQL\'s MODIFY (NOT NULL in the down too) and an SQLite table rebuild are no findings', () => {
  const modify = (n: number) => `ALTER TABLE \`users\` MODIFY \`email\` VARCHAR(${n}) NOT NULL;`;
  expect(ids(run('mysql', [[modify(400), modify(320)]]))).toEqual([]);
  expect(ids(run('mysql', [['ALTER TABLE `users` MODIFY `email` VARCHAR(320) NOT NULL;', 'ALTER TABLE `users` MODIFY `email` VARCHAR(320) NULL;']]))).toEqual(['adding-not-nullable-field']);
  const rebuild = 'CREATE TABLE "__new_users" ("id" INTEGER PRIMARY KEY);\nINSERT INTO "__new_users" SELECT "id" FROM "users";\nDROP TABLE "users";\nALTER TABLE "__new_users" RENAME TO "users";';
  expect(ids(run('sqlite', [[rebuild, rebuild]]))).toEqual([]);
});
