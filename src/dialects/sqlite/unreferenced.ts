/**
 * A rebuild whose table no other table references (and that does not reference itself), before or after the
 * migration, needs no `PRAGMA foreign_keys = OFF`: DROP TABLE's implicit DELETE FROM fires no FK action when
 * nothing points at the rows, and ALTER TABLE … RENAME has no reference to rewrite. Such a rebuild runs with
 * foreign keys on, inside any runner's transaction (kei-migrate's too); a referenced table keeps the switch.
 */
import type { Statement } from '../../model/statements.js';
import type { Schema } from '../../state/physical-schema.js';

const namesOf = (s: Statement): string[] =>
  'before' in s && s.before && 'after' in s && s.after ? [s.before.name, s.after.name]
    : s.kind === 'addColumn' || s.kind === 'dropColumn' ? [s.table.name] : [];

/** The statements with `unreferenced` set where every table they change is referenced by none (around: before and after). */
export function markUnreferenced(up: Statement[], around: Schema[] | undefined): Statement[] {
  if (!around?.length) return up; // unknown: keep the switch
  const tables = [...around.flatMap((s) => s.tables), ...up.flatMap((s) => ('table' in s && typeof s.table === 'object' ? [s.table] : []))];
  const referenced = new Set(tables.flatMap((t) => t.foreignKeys.map((fk) => fk.refTable)));
  return up.map((s) => {
    const names = namesOf(s);
    return names.length && names.every((n) => !referenced.has(n)) ? { ...s, unreferenced: true } as Statement : s;
  });
}
