/** Integrity without an engine: deleted, edited, unrecorded, duplicate and out-of-order migrations, and a down
 *  that does not drop what its up creates, each named as `file:line rule-id`; the examples are clean. */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { integrity } from '../../src/verify/integrity.js';
import { migrationTexts } from '../../src/verify/migrations.js';
import { findingLine } from '../../src/verify/finding.js';
import { serialiseDesign } from '../../src/state/store.js';
import { edit, project, readDesign, recordPair } from './project.js';

const check = (dir: string) => { const d = readDesign(dir); return integrity(dir, d, migrationTexts(dir, d)).map(findingLine); };
const INIT = 'migrations/20260102030405_init_schema';

test.each(['blog', 'saas', 'shop'] as const)('%s is clean on every engine', (name) => {
  for (const db of ['postgres', 'mysql', 'sqlite'] as const) expect(check(project(name, db))).toEqual([]);
});

test('a deleted migration', () => {
  const dir = project('blog', 'postgres');
  rmSync(join(dir, `${INIT}.down.sql`));
  expect(check(dir)).toEqual([expect.stringMatching(new RegExp(`^${INIT}\\.down\\.sql:1 deleted-migration 20260102030405_init_schema is recorded`))]);
});

test('an edited down names the down', () => {
  const dir = project('blog', 'sqlite');
  edit(dir, `${INIT}.down.sql`, (s) => s.replace('DROP TABLE', 'DROP TABLE  '));
  expect(check(dir)).toEqual([expect.stringMatching(new RegExp(`^${INIT}\\.down\\.sql:1 edited-migration `))]);
});

test('a migration file the state does not record, and two files of one version', () => {
  const dir = project('blog', 'postgres');
  writeFileSync(join(dir, 'migrations/20260102030405_hotfix.sql'), 'SELECT 1;\n');
  const lines = check(dir);
  expect(lines).toContainEqual(expect.stringMatching(/^migrations\/20260102030405_hotfix\.sql:1 unrecorded-migration 20260102030405_hotfix\.sql is in the migrations folder but not in db\/design\.json/));
  expect(lines).toContainEqual(expect.stringMatching(/^migrations\/20260102030405_hotfix\.sql:1 duplicate-version version 20260102030405 is used by hotfix and init_schema/));
});

test('versions recorded out of order', () => {
  const dir = project('blog', 'postgres');
  recordPair(dir, '20250101000000', 'older', 'SELECT 1;\n', 'SELECT 1;\n');
  expect(check(dir)).toEqual([expect.stringMatching(/^migrations\/20250101000000_older\.sql:1 version-order version 20250101000000 comes after 20260102030405/)]);
});

test('a down that does not drop the table or index its up creates (an irreversible table is kept on purpose)', () => {
  const dir = project('blog', 'postgres');
  recordPair(dir, '20260102030406', 'extra', 'CREATE TABLE "extra" ("id" BIGINT PRIMARY KEY);\nCREATE INDEX "ix_users_bio" ON "users" ("bio");\n', 'SELECT 1;\n');
  expect(check(dir)).toEqual([
    expect.stringMatching(/^migrations\/20260102030406_extra\.sql:1 down-not-undoing-up the up creates table extra; /),
    expect.stringMatching(/^migrations\/20260102030406_extra\.sql:2 down-not-undoing-up the up creates index ix_users_bio; /),
  ]);
  const d = readDesign(dir);
  d.migrations[1].irreversible = ['extra'];
  writeFileSync(join(dir, 'db/design.json'), serialiseDesign(d));
  edit(dir, 'migrations/20260102030406_extra.down.sql', (s) => s); // unchanged: checksums still hold
  expect(check(dir).filter((l) => l.includes('table extra'))).toEqual([expect.stringMatching(/creates table extra/)]); // no guard in the down
});
