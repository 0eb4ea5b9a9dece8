/**
 * What collate(…) means for the rows, on the real engines after up → up → down → up: SQLite's NOCASE unique refuses
 * 'abc' after 'Abc' while its enum stays exact ('A' is no `a`: the CHECK compares COLLATE BINARY); MySQL/MariaDB's
 * utf8mb4_bin takes both (its default utf8mb4_unicode_ci would not); PostgreSQL's "C" orders 'B' before 'a'.
 */
import { describeOnEngines, withRoundTrip } from '../support/engine-round.js';
import { renderDesign } from '../support/schema-run.js';
import type { DialectId } from '../../src/dialects/dialect.js';

const NAME: Record<DialectId, string> = { postgres: 'C', mysql: 'utf8mb4_bin', sqlite: 'nocase' };
const design = (db: DialectId) => `Tag: name:string(40):unique:collate(${NAME[db]}), kind:enum(a|b):default(a):collate(${NAME[db]})`;

describeOnEngines('collate(…) on the rows', (db, engine) => {
  test(`${NAME[db]}: the unique, the enum and the order as the collation says`, async () => {
    const e = engine();
    await withRoundTrip(e, db, renderDesign(db, design(db)), async () => {
      await e.exec("INSERT INTO tags (name, kind) VALUES ('Abc', 'a');");
      const second = e.exec("INSERT INTO tags (name, kind) VALUES ('abc', 'b');");
      if (db === 'sqlite') await expect(second).rejects.toThrow(/UNIQUE/i);
      else await second;
      await expect(e.exec("INSERT INTO tags (name, kind) VALUES ('other', 'A');")).rejects.toThrow(); // the enum is exact
      await e.exec("INSERT INTO tags (name, kind) VALUES ('B', 'a');");
      const names = (await e.query<{ name: string }>('SELECT name FROM tags ORDER BY name')).map((r) => r.name);
      // C and utf8mb4_bin: by code point (upper case first); NOCASE: 'Abc' < 'B'
      expect(names).toEqual(db === 'sqlite' ? ['Abc', 'B'] : ['Abc', 'B', 'abc']);
    });
  }, 60_000);
});
