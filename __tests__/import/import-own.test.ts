/**
 * db-import of what db-scaffold's own migrations built: the kept-current `updated_at` (PostgreSQL's set_updated_at
 * trigger and function, MySQL's ON UPDATE), the automatic timestamps, partial and expression indexes (on MariaDB the
 * UNIQUE KEY over a generated column), comments, identity kinds, serials and `unsigned` come back as the language's words,
 * with an EMPTY residue; the imported baseline alone gives the original's catalog (the real PostgreSQL and MariaDB).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describeEngine } from '../support/engines.js';
import { renderDesign } from '../support/schema-run.js';
import { roundTrip } from './roundtrip.js';

const ENTITIES = [
  "Member: email:string(320), name, @unique(lower(email)), @doc('People who borrow')",
  "Tool: id:identity(by-default), name:doc('What it''s called'), qty:integer:unsigned",
  'Loan: tool_id:ref(Tool), due:date, returned_at:optional, note:optional, @unique(tool_id) where(returned_at IS NULL), '
    + '@index(due) where(returned_at IS NULL)',
  'Fix: note, updated_at:datetime:auto, @timestamps(none)',
].join('\n');

const SAID: Record<'postgres' | 'mysql', string[]> = {
  postgres: ['@unique(lower(email)), @timestamps(both), @doc(\'People who borrow\')', 'Tool: id:identity(by-default), ',
    "name:text:doc('What it''s called')", 'qty:integer:nonneg', '@index(due) where(returned_at IS NULL)',
    '@unique(tool_id) where(returned_at IS NULL)', 'updated_at:datetime:default(now):auto, @timestamps(none)'],
  // MariaDB: one AUTO_INCREMENT for both identity kinds, a partial index over every row, lower() read back as lcase()
  mysql: ['@unique(lower(email)), @timestamps(both), @doc(\'People who borrow\')', 'qty:integer:unsigned', 'due:date:index',
    'returned_at:optional', '@unique(tool_id) where(returned_at is null)', 'updated_at:datetime:default(now):auto'],
};

/** PostgreSQL only (MariaDB's generated columns do not take coalesce): an expression key of two parts, IN and LIKE. */
const ACCOUNT = "Account: username:string(30), domain:string(60):optional, qty:integer, sku:string(20), flag:boolean, "
  + "@unique(lower(username), coalesce(lower(domain), '')), @index(sku) where(sku like 'a\\_%' and qty > 0), "
  + "@index(qty) where(sku in ('a', 'b') and not flag), @timestamps(created)";
SAID.postgres.push("@unique(lower(username), coalesce(lower(domain), ''))", "@index(sku) where(sku LIKE 'a\\_%' AND qty > 0)",
  "@index(qty) where((sku IN ('a', 'b')) AND NOT flag)", "coalesce(lower(domain), '')), @timestamps(created)");
/** PostgreSQL only: a key generated otherwise than its type alone says (an integer's identity by default, serials). */
const KEYS = 'Part: id:integer:identity(by-default), name\nBin: bin_id:integer:pk:serial, label\nLot: id:serial, code';
SAID.postgres.push('Part: id:integer:identity(by-default), ', 'Bin: bin_id:integer:pk:serial, ', 'Lot: id:bigint:serial, ');

for (const id of ['postgres', 'mysql'] as const) {
  describeEngine(id, "db-import: db-scaffold's own constructs", () => {
    test('said in the entity language, nothing in the residue; the imported baseline gives the same catalog', async () => {
      const original = renderDesign(id, id === 'postgres' ? `${ENTITIES}\n${ACCOUNT}\n${KEYS}` : ENTITIES);
      const trip = await roundTrip(id, original.up);
      try {
        expect(trip.diffs).toEqual([]);
        expect(trip.residue).toBe('');
        expect(existsSync(join(trip.dest, 'db', 'residue.sql'))).toBe(false);
        expect(trip.run.out.join('\n')).toContain('Residue: none; the design says everything');
        const entities = JSON.parse(readFileSync(join(trip.dest, 'db', 'design.json'), 'utf8')).answers.entities as string;
        for (const s of SAID[id]) expect(entities).toContain(s);
        expect(entities).not.toMatch(/gx1_|created_at|check\(/); // the automatic timestamps, the generated key columns
      } finally {
        await trip.source.close();
      }
    }, 180000);
  });
}
