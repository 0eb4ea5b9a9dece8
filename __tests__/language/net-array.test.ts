/**
 * Issue 16, types: inet / cidr (PostgreSQL INET / CIDR; VARCHAR(45) / VARCHAR(49) elsewhere) and text[] /
 * string(*)[] (PostgreSQL arrays; refused on MySQL/MariaDB and SQLite with the json column and the child table)
 * — SQL side by side, up → down → up on the engines with the catalog types, the rich seed loaded.
 */
import { describeOnEngines, withRoundTrip } from '../support/engine-round.js';
import { renderDesign, scalar } from '../support/schema-run.js';
import { createSql, DIALECTS, userError } from '../support/design.js';
import { seedFiles } from '../../src/seed/index.js';
import type { DialectId } from '../../src/dialects/dialect.js';

const NET = 'Visit: ip:inet, block:cidr:optional, @index(ip)';
const TAGS = 'Post: title, tags:text[], aliases:string(*)[]:optional';

const WANT: Record<DialectId, string[]> = {
  postgres: ['"ip" INET NOT NULL', '"block" CIDR'],
  mysql: ['`ip` VARCHAR(45) NOT NULL', '`block` VARCHAR(49) NULL'],
  sqlite: ['"ip" VARCHAR(45) NOT NULL', '"block" VARCHAR(49)'],
};

test.each(DIALECTS)('%s: inet / cidr', (db) => {
  const lines = createSql(db, { entities: NET }, 'visits').split('\n').map((l) => l.trim().replace(/,$/, ''));
  for (const w of WANT[db]) expect([w, lines.includes(w)]).toEqual([w, true]);
});

test('text[] and string(*)[] are PostgreSQL arrays; elsewhere one line with the json field and the child table', () => {
  const lines = createSql('postgres', { entities: TAGS }, 'posts').split('\n').map((l) => l.trim().replace(/,$/, ''));
  expect(lines).toEqual(expect.arrayContaining(['"tags" TEXT[] NOT NULL', '"aliases" VARCHAR[]']));
  for (const db of ['mysql', 'sqlite'] as const) {
    expect(userError(() => createSql(db, { entities: TAGS }, 'posts'))).toBe(`Post.tags: text[] is an array, which only PostgreSQL has; on ${
      db === 'mysql' ? 'MySQL/MariaDB' : 'SQLite'} make it tags:json (a JSON array of text), or a child entity with one row a value ` +
      '(PostValue: post_id:ref(Post, cascade), value:text)');
  }
  expect(userError(() => createSql('postgres', { entities: 'Post: n:string(80)[]' }, 'posts'))).toMatch(/string\(80\)\[\] is an array of a type/);
  expect(userError(() => createSql('postgres', { entities: 'Post: n:integer[]' }, 'posts'))).toMatch(/unknown type 'integer\[\]' .*text\[\], string\(\*\)\[\]/);
});

describeOnEngines('inet, cidr and arrays on the engines', (db, engine) => {
  const design = db === 'postgres' ? `${NET}\n${TAGS}` : NET;

  test('up → down → up; the catalog types; the rich seed loads', async () => {
    const e = engine();
    const r = renderDesign(db, design);
    await withRoundTrip(e, db, r, async (run) => {
      const type = (t: string, c: string) => run.first.tables[t].columns.find((x) => x.name === c)?.type;
      expect([type('visits', 'ip'), type('visits', 'block')]).toEqual({
        postgres: ['inet', 'cidr'], mysql: ['varchar(45)', 'varchar(49)'], sqlite: ['varchar(45)', 'varchar(49)'],
      }[db]);
      if (db === 'postgres') {
        expect([type('posts', 'tags'), type('posts', 'aliases')]).toEqual(['text[]', 'character varying[]']);
        await expect(e.exec("INSERT INTO visits (ip) VALUES ('not an address');")).rejects.toThrow();
      }
      await e.exec(seedFiles(r.design, 'rich').files[0].body);
      expect(await scalar(e, 'SELECT COUNT(*) FROM visits')).toBeGreaterThan(0);
    });
  }, 60_000);
});
