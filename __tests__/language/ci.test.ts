/**
 * Issue 16, case-insensitive text: `ci` (after string(n), char(n), text) and `citext` — PostgreSQL CITEXT (with a
 * CHECK keeping string(n)'s length), MySQL/MariaDB COLLATE utf8mb4_unicode_ci, SQLite COLLATE NOCASE — SQL side by
 * side, then up → down → up on the engines: the unique refuses 'A@x.io' after 'a@x.io', the length holds, the seed loads.
 */
import { describeOnEngines, withRoundTrip } from '../support/engine-round.js';
import { renderDesign, scalar } from '../support/schema-run.js';
import { createSql, DIALECTS, userError } from '../support/design.js';
import { seedFiles } from '../../src/seed/index.js';
import type { DialectId } from '../../src/dialects/dialect.js';

const CI = 'Member: email:ci, handle:citext:unique, code:char(4):ci:optional';

const WANT: Record<DialectId, string[]> = {
  postgres: ['CREATE EXTENSION IF NOT EXISTS citext;', '"email" CITEXT NOT NULL', '"handle" CITEXT NOT NULL', '"code" CITEXT',
    'CONSTRAINT "ck_members_email_length" CHECK (length("email") <= 320)', 'CONSTRAINT "uq_members_email" UNIQUE ("email")'],
  mysql: ['`email` VARCHAR(320) COLLATE utf8mb4_unicode_ci NOT NULL', '`handle` VARCHAR(255) COLLATE utf8mb4_unicode_ci NOT NULL',
    'CONSTRAINT `ck_members_email_length` CHECK (CHAR_LENGTH(`email`) <= 320)'],
  sqlite: ['"email" VARCHAR(320) COLLATE NOCASE NOT NULL', '"handle" TEXT COLLATE NOCASE NOT NULL', '"code" CHAR(4) COLLATE NOCASE'],
};

test.each(DIALECTS)('%s: ci and citext', (db) => {
  const lines = createSql(db, { entities: CI }, 'members').split('\n').map((l) => l.trim().replace(/,$/, ''));
  for (const w of WANT[db]) expect([w, lines.includes(w)]).toEqual([w, true]);
});

test('ci belongs to text: anywhere else one line with the forms', () => {
  expect(userError(() => createSql('postgres', { entities: 'Member: n:integer:ci' }, 'members')))
    .toMatch(/field 'n': ci \(case-insensitive\) goes with string\(n\), char\(n\) or text \(e\.g\. n:string\(320\):ci, or n:citext\)$/);
});

describeOnEngines('case-insensitive text on the engines', (db, engine) => {
  test("up → down → up; 'A@x.io' refused after 'a@x.io'; the length holds; the rich seed loads", async () => {
    const e = engine();
    const r = renderDesign(db, CI);
    await withRoundTrip(e, db, r, async () => {
      await e.exec("INSERT INTO members (email, handle) VALUES ('a@x.io', 'ann');");
      await expect(e.exec("INSERT INTO members (email, handle) VALUES ('A@x.io', 'bo');")).rejects.toThrow();
      await expect(e.exec("INSERT INTO members (email, handle) VALUES ('b@x.io', 'ANN');")).rejects.toThrow();
      await expect(e.exec(`INSERT INTO members (email, handle) VALUES ('${'c'.repeat(321)}@x.io', 'cy');`)).rejects.toThrow();
      expect(await scalar(e, "SELECT COUNT(*) FROM members WHERE email = 'A@X.IO'")).toBe(1);
      await e.exec('DELETE FROM members;');
      await e.exec(seedFiles(r.design, 'rich').files[0].body);
      expect(await scalar(e, 'SELECT COUNT(*) FROM members')).toBeGreaterThan(0);
    });
  }, 60_000);
});
