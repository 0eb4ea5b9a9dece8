/**
 * A lone table rename's contract down on the real MariaDB is atomic for code, as its up: the swap back is one
 * RENAME TABLE, so run statement by statement, after each one both names answer with every row (the table under
 * one, the view under the other); then through dbmate the contract up → down → up keeps every row, the parent's
 * children (their FKs follow the table) too.
 */
import { SEED, LINES, type Case } from '../change-cases.js';
import { describeEngine, type Engine } from '../support/engines.js';
import { ALL, dbmate, onMariadb, runCase } from './project.js';

const SWAPS: [string, Case, string, string][] = [
  ['tableDirective', ALL.tableDirective, 'covers', 'book_covers'],
  ['a parent (books keep their FK)', { lines: { Author: `${LINES.Author}, @table(writers)` }, kinds: ['renameTable'] }, 'authors', 'writers'],
];
const rows = (e: Engine, t: string) => e.query(`SELECT * FROM ${t} ORDER BY id`);

describeEngine('mysql', 'MariaDB online: a table rename\'s contract down swaps back in one step', () => {
  test.each(SWAPS)('%s: both names answer after every statement of the down; up → down → up keeps every row', async (name, c, from, to) => {
    await onMariadb(`tswap-${from}`, SEED, async (p, e, url) => {
      ALL[`swap-${from}`] = c;
      const { change, contract } = runCase(p, `swap-${from}`);
      expect(change.up).toMatch(/CREATE OR REPLACE VIEW/); // the expand/contract, not the plain rename
      dbmate(p.dir, url, 'migrate');
      const [all, books, keys] = [await rows(e, to), await rows(e, 'books'), (await e.catalog()).tables];
      const down = contract!.up!.split('-- migrate:down')[1];
      // the new code uses `to` throughout; `from` is missing or answers with every row
      for (const sql of down.replace(/^--.*$/gm, '').split(/;\n/).map((x) => x.trim()).filter(Boolean)) {
        await e.exec(`${sql};`);
        const old = await rows(e, from).catch(() => 'missing');
        expect([sql, await rows(e, to), old === 'missing' ? all : old]).toEqual([sql, all, all]);
      }
      expect((await e.catalog()).tables[from]).toBeDefined();
      const version = contract!.design.migrations.at(-1)!.version;
      await e.exec(`DELETE FROM schema_migrations WHERE version = '${version}';`); // as dbmate rollback would
      for (const step of ['migrate', 'rollback', 'migrate']) {
        dbmate(p.dir, url, step);
        const names = step === 'rollback' ? [from, to] : [to];
        expect([step, ...await Promise.all(names.map((t) => rows(e, t))), await rows(e, 'books')]).toEqual([step, ...names.map(() => all), books]);
      }
      expect((await e.catalog()).tables).toEqual(keys);
      expect(await e.query("SELECT TABLE_NAME AS t FROM information_schema.VIEWS WHERE TABLE_SCHEMA = DATABASE()")).toEqual([]);
    });
  }, 120_000);
});
