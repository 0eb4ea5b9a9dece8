/** Words about what a migration does to tables that may hold rows: in the migration file and in the report. */
import type { Merged } from '../model/merge.js';
import type { Statement } from '../model/statements.js';
import type { Dialect } from '../dialects/dialect.js';
import type { Schema } from '../state/physical-schema.js';
import { mustRunOutside } from './outside.js';

export function migrationNotes(m: Merged, up: Statement[], d: Dialect, around: Schema[]): string[] {
  const notes: string[] = [];
  for (const w of m.widened) {
    notes.push(`${w.table}.${w.column} (FK to ${w.ref}) is added NULLable: ${w.table} may already hold rows. ` +
      `Backfill it, then make it NOT NULL in a later migration if every row needs one.`);
  }
  for (const f of m.fields) {
    const how = f.field.nullable ? 'NULL for existing rows' : 'existing rows get the default';
    notes.push(`${f.table}.${f.field.name} is added to a table that may hold rows: ${how}.`);
  }
  if (d.caps.dropColumnWithFk === 'rebuild' && up.some((s) => s.kind === 'addColumn' && (s.fk || s.unique || s.checks?.length))
    && mustRunOutside(d, up, around).down) {
    notes.push('The down rebuilds a table (this engine cannot drop a column with a FK, UNIQUE or CHECK): run it outside a ' +
      'transaction so PRAGMA foreign_keys=OFF takes effect; otherwise it aborts and deletes nothing.');
  }
  return notes;
}
