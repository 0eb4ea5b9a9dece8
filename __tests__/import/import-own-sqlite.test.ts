/**
 * db-import of what db-scaffold's own SQLite migrations built: the AFTER UPDATE trigger of a kept-current
 * `updated_at`, the automatic timestamps, partial and expression indexes, AUTOINCREMENT and `nonneg` come back as
 * the language's words with an EMPTY residue, and the imported baseline alone gives the original's catalog; its
 * comments, which SQLite keeps only in the CREATE text, come back as doc(…) and @doc(…). The format of earlier versions
 * (one line before the first column: the table's or the column's?) and a comment after a definition are said as not kept.
 * A trigger that only looks like ours (another body) stays in the residue.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describeEngine } from '../support/engines.js';
import { renderDesign } from '../support/schema-run.js';
import { residueCount, roundTrip } from './roundtrip.js';

const ENTITIES = [
  "Member: email:string(320), name:doc('Shown to others'), @unique(lower(email)), @doc('People who borrow')",
  'Tool: id:autoincrement, name, qty:integer:nonneg',
  'Loan: tool_id:ref(Tool), due:date, returned_at:optional, @index(due) where(returned_at IS NULL)',
  'Fix: note, updated_at:datetime:auto, @timestamps(none)',
].join('\n');

const entitiesOf = (dest: string) => JSON.parse(readFileSync(join(dest, 'db', 'design.json'), 'utf8')).answers.entities as string;

describeEngine('sqlite', "db-import: db-scaffold's own SQLite constructs", () => {
  test('said in the entity language, nothing in the residue; the baseline gives the same catalog', async () => {
    const trip = await roundTrip('sqlite', renderDesign('sqlite', ENTITIES).up);
    try {
      expect(trip.diffs).toEqual([]);
      expect(trip.residue).toBe('');
      const out = trip.run.out.join('\n');
      expect(out).toContain('Residue: none; the design says everything');
      expect(out).not.toContain('Not kept: comment lines');
      const entities = entitiesOf(trip.dest);
      const member = "name:text:doc('Shown to others'), @unique(lower(email)), @timestamps(both), @doc('People who borrow')";
      expect(entities).toContain(member);
      for (const s of ['@unique(lower(email)), @timestamps(both)', 'Tool: id:integer:autoincrement', 'qty:integer:nonneg',
        '@index(due) where(returned_at IS NULL)', 'updated_at:datetime:default(now):auto, @timestamps(none)']) expect(entities).toContain(s);
      expect(entities).not.toMatch(/created_at|check\(/);
    } finally {
      await trip.source.close();
    }
  }, 120000);

  test('old format: one line before the first column unread (said), two read as the table\'s then the column\'s; '
    + 'a comment after a definition is nobody\'s', async () => {
    const sql = `CREATE TABLE "members" (
      -- People who borrow
      "id" INTEGER PRIMARY KEY,
      "name" TEXT NOT NULL
    );
    CREATE TABLE "tools" (
      -- Things to lend
      -- Its number
      "id" INTEGER PRIMARY KEY,
      -- What it is called
      "name" TEXT NOT NULL, -- not qty's
      "qty" INTEGER
    );`;
    const trip = await roundTrip('sqlite', sql);
    try {
      expect(trip.diffs).toEqual([]);
      const out = trip.run.out.join('\n');
      const said = 'Not kept: comment lines in the CREATE TABLE text of members, tools (SQLite keeps no comments of its own) that are';
      expect(out).toContain(said);
      const entities = entitiesOf(trip.dest);
      const docs = ["@doc('Things to lend')", "id:integer:doc('Its number')", "name:text:doc('What it is called')"];
      for (const s of docs) expect(entities).toContain(s);
      expect(entities).not.toMatch(/People who borrow|not qty/);
    } finally {
      await trip.source.close();
    }
  }, 120000);

  test('a trigger of that name with another body is not ours: it stays in the residue, the columns as they are', async () => {
    const sql = renderDesign('sqlite', 'Fix: note, updated_at:datetime:auto, @timestamps(none)').up
      .replace('SET "updated_at" = CURRENT_TIMESTAMP', "SET \"updated_at\" = datetime('now', '+1 hour')");
    const trip = await roundTrip('sqlite', sql);
    try {
      expect(trip.diffs).toEqual([]);
      expect(residueCount(trip.run)).toBe(1);
      expect(trip.residue).toContain("datetime('now', '+1 hour')");
      expect(entitiesOf(trip.dest)).not.toContain(':auto');
    } finally {
      await trip.source.close();
    }
  }, 120000);

  test('a partial index written by hand (names bare, its own name): one residue object, as the original has it', async () => {
    const sql = `CREATE TABLE posts (id INTEGER PRIMARY KEY, title TEXT NOT NULL, published_at TEXT);
      CREATE INDEX posts_pub ON posts(published_at) WHERE published_at IS NOT NULL;`;
    const trip = await roundTrip('sqlite', sql);
    try {
      expect(trip.diffs).toEqual([]);
      expect(residueCount(trip.run)).toBe(1);
      expect(trip.residue).toContain('CREATE INDEX posts_pub ON posts(published_at) WHERE published_at IS NOT NULL');
    } finally {
      await trip.source.close();
    }
  }, 120000);
});
