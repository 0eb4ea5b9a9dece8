/**
 * MariaDB expand/contract (mysql/online-expand.ts) through dbmate on the real engine, writes of both codes in
 * between: after the expand the old code (old name, old type) and the new code write, and the triggers keep
 * the two columns in step; the contract leaves the new shape with every value; the contract's down brings the
 * old column back with the values and the sync; the expand's down leaves the table as it was, every row kept.
 */
import { describeEachEngine } from '../support/engines.js';
import { ONLINE_CASES, onlineProject, runCase } from './project.js';
import { expandContract, renameSteps, retypeSteps } from './expand-run.js';


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
    expand: ['enumToText', 'setNotNullBackfill', 'dropDefault', 'addColumnBackfill', 'renameColumn', 'dropColumn', 'dropRequiredColumn', 'intToBigint', 'textToString', 'narrowSize', 'retypeBackfill',
      'tableDirective'],
    'expand line': ['renameKeyed'], // isbn and pages expand; status has a CHECK (its enum): the instant rename and its line
    // renameParent: books' CHECKs follow its name, and an added CHECK copies the table: the plain rename with its lines
    line: ['enumAddValue', 'addUnique', 'fkSetNull', 'addIndex', 'fkOnDelete', 'renameFk', 'renameParent'],
    'in place': ['dropNotNull', 'dropUnique', 'setDefault', 'dropIndex', 'fkCompositeIndex', 'fkIndexNotLeading', 'widenSize'],
  });
  const parent = runCase(onlineProject('mysql', 'online', 'dbmate', 'mform-parent'), 'renameParent').change.up;
  expect(parent).toMatch(/^-- ONLINE: books → volumes is instant, but replicas still running code that uses books fail from then on/m);
});

describeEachEngine('MariaDB expand/contract with both codes writing', () => {
  test('a column rename: books.title → headline', async () => {
    await expandContract('mysql', 'renameColumn', renameSteps);
  }, 120_000);

  test('a type change with a backfill: books.subtitle TEXT NULL → VARCHAR(80) NOT NULL', async () => {
    await expandContract('mysql', 'retypeBackfill', retypeSteps(async (e) => {
      const [c] = await e.query<{ t: string; n: string }>("SELECT COLUMN_TYPE AS t, IS_NULLABLE AS n FROM information_schema.COLUMNS " +
        "WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'books' AND COLUMN_NAME = 'subtitle'");
      expect([c.t.toLowerCase(), c.n]).toEqual(['varchar(80)', 'NO']);
    }));
  }, 120_000);
}, ['mysql']);
