/**
 * PostgreSQL expand/contract (postgres/online-expand.ts, online-retype.ts) through dbmate on the real engine, writes of
 * both codes in between: after the expand the old code (old name, old type) and the new code write, and the trigger
 * keeps the two columns in step both ways; the contract leaves the new shape with every value; the contract's down
 * brings the old column back with the values and the sync; the expand's down leaves the table as it was, every row kept.
 */
import { describeEachEngine } from '../support/engines.js';
import { expandContract, renameSteps, retypeSteps } from './expand-run.js';

describeEachEngine('PostgreSQL expand/contract with both codes writing', () => {
  test('a column rename: books.title → headline', async () => {
    await expandContract('postgres', 'renameColumn', renameSteps);
  }, 120_000);

  test('a type change with a backfill: books.subtitle text NULL → varchar(80) NOT NULL', async () => {
    await expandContract('postgres', 'retypeBackfill', retypeSteps(async (e) => expect(await e.query(
      "SELECT data_type AS t, character_maximum_length AS n, is_nullable AS z FROM information_schema.columns " +
      "WHERE table_schema = current_schema() AND table_name = 'books' AND column_name = 'subtitle'"))
      .toEqual([{ t: 'character varying', n: 80, z: 'NO' }])));
  }, 120_000);
}, ['postgres']);
