/**
 * A collation not every server of the engine has (a PostgreSQL locale's, MySQL 8's _0900_, MariaDB's uca1400) is said
 * in the report of db-schema, and of the db-change that brings it in (not again after); the ones every server has
 * (C, POSIX, ucs_basic; utf8mb4_bin; SQLite's three) are not. An apply on a server without it fails, so the note
 * names the catalog to look in and the names that are everywhere.
 */
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import type { DialectId } from '../../src/dialects/dialect.js';
import { buildInit } from '../../src/core/init.js';
import { planChange } from '../../src/change/plan.js';
import { ChangeSpec } from '../../src/change/spec.js';

const NOWHERE = join(tmpdir(), 'db-scaffold-no-such-dir');
const init = (db: DialectId, entities: string) => buildInit({
  intake: 'Words.', db, orm: 'none', scale: 'team', style: 'schema-first', migctl: 'manual',
  entities, relations: [], review: 'accept', runner: 'later', irreversible: [],
}, undefined, NOWHERE, new Date('2026-03-01T05:06:07Z'));
const change = (r: ReturnType<typeof init>, entities: string) =>
  planChange(r.design, ChangeSpec.parse({ entities, relations: [] }), NOWHERE, new Date('2026-03-02T05:06:07Z'));
const notes = (report: string) => report.split('\n').filter((l) => /collate\(/.test(l));

describe('collation notes', () => {
  test('PostgreSQL: a locale collation is noted, C and POSIX are not', () => {
    const r = init('postgres', 'Word: a:text:collate(C), b:text:collate(POSIX), c:text:collate(en_US.utf8)');
    expect(notes(r.report)).toEqual([expect.stringMatching(new RegExp('^Note: +collate\\(en_US\\.utf8\\): a PostgreSQL server has it '
      + 'only where its OS locales or ICU give it \\(SELECT collname FROM pg_collation lists them;.*C, POSIX and ucs_basic are on every server$'))]);
  });

  test('MySQL/MariaDB: _0900_ and uca1400 are noted, utf8mb4_bin is not', () => {
    const r = init('mysql', 'Word: a:text:collate(utf8mb4_bin), b:text:collate(utf8mb4_0900_as_cs), '
      + 'c:text:collate(utf8mb4_uca1400_ai_ci)');
    const said = notes(r.report);
    expect(said).toHaveLength(2);
    expect(said[0]).toMatch(/collate\(utf8mb4_0900_as_cs\): MySQL 8\.0 or later only \(MariaDB has no _0900_ collations/);
    expect(said[1]).toMatch(/collate\(utf8mb4_uca1400_ai_ci\): MariaDB only \(uca1400 from 10\.10\)/);
    expect(notes(init('sqlite', 'Word: a:text:collate(nocase)').report)).toEqual([]);
  });

  test('db-change: the note comes with the change that brings the name in, not with a later one', () => {
    const first = init('postgres', 'Word: a:text');
    const added = change(first, 'Word: a:text:collate(und-x-icu)');
    expect(notes(added.report)).toEqual([expect.stringMatching(/collate\(und-x-icu\): a PostgreSQL server has it only/)]);
    const again = change({ ...first, design: added.design }, 'Word: a:text:collate(und-x-icu), b:text:optional');
    expect(notes(again.report)).toEqual([]);
  });
});
