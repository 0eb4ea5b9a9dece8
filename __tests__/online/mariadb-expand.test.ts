/**
 * MariaDB expand/contract (mysql/online-expand.ts) through dbmate on the real engine, writes of both codes in
 * between: after the expand the old code (old name, old type) and the new code write, and the triggers keep
 * the two columns in step; the contract leaves the new shape with every value; the contract's down brings the
 * old column back with the values and the sync; the expand's down leaves the table as it was, every row kept.
 */
import { SEED } from '../change-cases.js';
import { describeEachEngine, openEngine, type Engine } from '../support/engines.js';
import { databaseUrl } from '../support/project.js';
import { ONLINE_CASES, dbmate, onlineProject, runCase, runContract } from './project.js';

const BOOK = "isbn, pages, status, format, author_id) VALUES";
const rows = (e: Engine, cols: string) => e.query<Record<string, unknown>>(`SELECT id, ${cols} FROM books ORDER BY id`);

async function run(name: string, steps: (e: Engine, at: 'expand' | 'contract' | 'contract down' | 'expand down') => Promise<void>) {
  const p = onlineProject('mysql', 'online', 'dbmate', `mexpand-${name}`);
  const e = await openEngine('mysql');
  try {
    const url = databaseUrl('mysql', e.name, p.dir);
    dbmate(p.dir, url, 'up');
    await e.exec(SEED);
    const { change } = runCase(p, name, false);
    const phases = change.design.migrations.length - p.design.migrations.length;
    dbmate(p.dir, url, 'migrate');
    await steps(e, 'expand');
    runContract(p, change);
    dbmate(p.dir, url, 'migrate');
    await steps(e, 'contract');
    dbmate(p.dir, url, 'rollback');
    await steps(e, 'contract down');
    for (let i = 0; i < phases; i++) dbmate(p.dir, url, 'rollback');
    await steps(e, 'expand down');
  } finally {
    await e.close();
  }
}

/** What each online kind of the catalogue becomes on MariaDB: an expand/contract, the one line (a copy, or a rename that
 *  breaks old code), both (one column of a change each), or one ALTER in place. */
test('the catalogue on MariaDB: which kinds expand, which keep the one line', () => {
  const form = (name: string) => {
    const { change, contract } = runCase(onlineProject('mysql', 'online', 'dbmate', `mform-${name}`), name);
    const ups = [change, contract].flatMap((r) => r?.files ?? []).filter((f) => f.path.startsWith('db/migrations/'))
      .map((f) => f.body.split('-- migrate:down')[0]).join('\n');
    return `${contract ? 'expand' : ''}${/^-- ONLINE: /m.test(ups) ? ' line' : ''}`.trim() || 'in place';
  };
  const by: Record<string, string[]> = {};
  for (const name of ONLINE_CASES) (by[form(name)] ??= []).push(name);
  expect(by).toEqual({
    expand: ['enumToText', 'renameColumn', 'dropColumn', 'dropRequiredColumn', 'intToBigint', 'textToString', 'narrowSize', 'retypeBackfill',
      'tableDirective'],
    'expand line': ['renameKeyed'], // isbn and pages expand; status has a CHECK (its enum): the instant rename and its line
    // renameParent: books' CHECKs follow its name, and an added CHECK copies the table: the plain rename with its lines
    line: ['enumAddValue', 'setNotNullBackfill', 'addUnique', 'fkSetNull', 'addIndex', 'fkOnDelete', 'addColumnBackfill', 'renameFk', 'renameParent'],
    'in place': ['dropNotNull', 'dropDefault', 'dropUnique', 'setDefault', 'dropIndex', 'fkCompositeIndex', 'fkIndexNotLeading', 'widenSize'],
  });
});

describeEachEngine('MariaDB expand/contract with both codes writing', () => {
  test('a column rename: books.title → headline', async () => {
    await run('renameColumn', async (e, at) => {
      if (at === 'expand') {
        await e.exec(`INSERT INTO books (title, ${BOOK} ('old', 'o-1', 1, 'live', 'paper', 1);`); // old code
        await e.exec(`INSERT INTO books (headline, ${BOOK} ('new', 'n-1', 1, 'live', 'paper', 1);`); // new code
        await e.exec("UPDATE books SET title = 'Alpha2' WHERE id = 1;");
        await e.exec("UPDATE books SET headline = 'Beta2' WHERE id = 2;");
        const r = await rows(e, 'title, headline');
        expect(r.map((x) => x.title)).toEqual(['Alpha2', 'Beta2', 'Gamma', 'old', 'new']);
        expect(r.map((x) => x.headline)).toEqual(r.map((x) => x.title));
      } else if (at === 'contract') {
        expect((await rows(e, 'headline')).map((x) => x.headline)).toEqual(['Alpha2', 'Beta2', 'Gamma', 'old', 'new']);
        await expect(e.query('SELECT title FROM books')).rejects.toThrow(/title/);
      } else if (at === 'contract down') {
        await e.exec(`INSERT INTO books (title, ${BOOK} ('old2', 'o-2', 1, 'live', 'paper', 1);`); // the sync is back
        const r = await rows(e, 'title, headline');
        expect(r.map((x) => x.title)).toEqual(['Alpha2', 'Beta2', 'Gamma', 'old', 'new', 'old2']);
        expect(r.map((x) => x.headline)).toEqual(r.map((x) => x.title));
      } else {
        expect((await rows(e, 'title')).map((x) => x.title)).toEqual(['Alpha2', 'Beta2', 'Gamma', 'old', 'new', 'old2']);
        await expect(e.query('SELECT headline FROM books')).rejects.toThrow(/headline/);
      }
    });
  }, 120_000);

  test('a type change with a backfill: books.subtitle TEXT NULL → VARCHAR(80) NOT NULL', async () => {
    await run('retypeBackfill', async (e, at) => {
      if (at === 'expand') {
        await e.exec(`INSERT INTO books (title, subtitle, ${BOOK} ('old', NULL, 'o-1', 1, 'live', 'paper', 1);`);
        await e.exec("UPDATE books SET subtitle = 'one' WHERE id = 1;");
        const r = await rows(e, 'subtitle, subtitle__new');
        expect(r.map((x) => x.subtitle)).toEqual(['one', 'two', null, null]);
        expect(r.map((x) => x.subtitle__new)).toEqual(['one', 'two', 'none', 'none']);
      } else if (at === 'contract') {
        expect((await rows(e, 'subtitle')).map((x) => x.subtitle)).toEqual(['one', 'two', 'none', 'none']);
        const [c] = await e.query<{ t: string; n: string }>("SELECT COLUMN_TYPE AS t, IS_NULLABLE AS n FROM information_schema.COLUMNS " +
          "WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'books' AND COLUMN_NAME = 'subtitle'");
        expect([c.t.toLowerCase(), c.n]).toEqual(['varchar(80)', 'NO']);
      } else if (at === 'contract down') {
        await e.exec(`INSERT INTO books (title, subtitle, ${BOOK} ('old2', NULL, 'o-2', 1, 'live', 'paper', 1);`);
        expect((await rows(e, 'subtitle__new')).map((x) => x.subtitle__new)).toEqual(['one', 'two', 'none', 'none', 'none']);
      } else {
        expect((await rows(e, 'subtitle')).map((x) => x.subtitle)).toEqual(['one', 'two', 'none', 'none', null]);
        await expect(e.query('SELECT subtitle__new FROM books')).rejects.toThrow(/subtitle__new/);
      }
    });
  }, 120_000);
}, ['mysql']);
