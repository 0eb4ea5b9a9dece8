/** One expand/contract on the real engine through dbmate, the library's rows in: `steps` runs after the expand, the
 *  contract, the contract's down and the expand's downs (there the test writes as the old or the new code, and checks). */
import { SEED } from '../change-cases.js';
import { openEngine, type Engine, type EngineId } from '../support/engines.js';
import { databaseUrl } from '../support/project.js';
import { dbmate, onlineProject, runCase, runContract } from './project.js';

export type At = 'expand' | 'contract' | 'contract down' | 'expand down';

export async function expandContract(db: EngineId, name: string, steps: (e: Engine, at: At) => Promise<void>): Promise<void> {
  const p = onlineProject(db, 'online', 'dbmate', `expand-${db}-${name}`);
  const e = await openEngine(db);
  try {
    const url = databaseUrl(db, e.name, p.dir) + (db === 'postgres' ? '?sslmode=disable' : '');
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

const BOOK = "isbn, pages, status, format, author_id) VALUES";
const rows = (e: Engine, cols: string) => e.query<Record<string, unknown>>(`SELECT id, ${cols} FROM books ORDER BY id`);

/** books.title → headline (the catalogue's renameColumn): the old and the new code write by their names, both columns in step. */
export async function renameSteps(e: Engine, at: At): Promise<void> {
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
    await e.exec(`INSERT INTO books (headline, ${BOOK} ('new2', 'n-2', 1, 'live', 'paper', 1);`);
    const r = await rows(e, 'title, headline');
    expect(r.map((x) => x.title)).toEqual(['Alpha2', 'Beta2', 'Gamma', 'old', 'new', 'old2', 'new2']);
    expect(r.map((x) => x.headline)).toEqual(r.map((x) => x.title));
  } else {
    expect((await rows(e, 'title')).map((x) => x.title)).toEqual(['Alpha2', 'Beta2', 'Gamma', 'old', 'new', 'old2', 'new2']);
    await expect(e.query('SELECT headline FROM books')).rejects.toThrow(/headline/);
  }
}

/** books.subtitle TEXT NULL → VARCHAR(80) NOT NULL with a backfill (retypeBackfill): the old code writes, the shadow follows;
 *  `typed` checks the column's type after the contract. */
export const retypeSteps = (typed: (e: Engine) => Promise<void>) => async (e: Engine, at: At): Promise<void> => {
  if (at === 'expand') {
    await e.exec(`INSERT INTO books (title, subtitle, ${BOOK} ('old', NULL, 'o-1', 1, 'live', 'paper', 1);`);
    await e.exec("UPDATE books SET subtitle = 'one' WHERE id = 1;");
    const r = await rows(e, 'subtitle, subtitle__new');
    expect(r.map((x) => x.subtitle)).toEqual(['one', 'two', null, null]);
    expect(r.map((x) => x.subtitle__new)).toEqual(['one', 'two', 'none', 'none']);
  } else if (at === 'contract') {
    expect((await rows(e, 'subtitle')).map((x) => x.subtitle)).toEqual(['one', 'two', 'none', 'none']);
    await typed(e);
  } else if (at === 'contract down') {
    await e.exec(`INSERT INTO books (title, subtitle, ${BOOK} ('old2', NULL, 'o-2', 1, 'live', 'paper', 1);`);
    expect((await rows(e, 'subtitle__new')).map((x) => x.subtitle__new)).toEqual(['one', 'two', 'none', 'none', 'none']);
  } else {
    expect((await rows(e, 'subtitle')).map((x) => x.subtitle)).toEqual(['one', 'two', 'none', 'none', null]);
    await expect(e.query('SELECT subtitle__new FROM books')).rejects.toThrow(/subtitle__new/);
  }
};
