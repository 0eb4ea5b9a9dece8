/**
 * A rebuild that changes a column to a numeric type checks the copied values: SQLite keeps a value its new
 * column's affinity cannot convert ('abc' stays text in an INTEGER column), so the migration would claim a
 * type the rows do not have. After the copy, a row whose value is not of the new type raises ROLLBACK (the
 * rebuild's transaction is undone: the table as it was), in one line naming the table, column and type.
 */
import type { Table } from '../../state/physical-schema.js';
import * as ddl from '../shared/ddl.js';

const q = ddl.quoteWith('"');
const lit = ddl.standardLiteral;

/** The storage classes (typeof) a value of the new type has once stored; absent: any value fits. */
const CLASSES: Record<string, string> = {
  key: "'integer'", smallint: "'integer'", integer: "'integer'", bigint: "'integer'", boolean: "'integer'",
  float: "'integer', 'real'", decimal: "'integer', 'real'",
};

/** Columns of `to` whose type changed from `from` to one a stored value may not have. */
function narrowed(from: Table, to: Table): { name: string; classes: string }[] {
  return to.columns.flatMap((c) => {
    const was = from.columns.find((f) => f.name === c.name);
    const classes = CLASSES[c.type.kind];
    return was && classes && was.type.kind !== c.type.kind && CLASSES[was.type.kind] !== classes ? [{ name: c.name, classes }] : [];
  });
}

/** The guard trigger (step 3) and the checks after the copy, or nothing when no column narrows. */
export function fitChecks(from: Table, to: Table, guard: string): { trigger: string[]; checks: string[] } {
  const cols = narrowed(from, to);
  if (!cols.length) return { trigger: [], checks: [] };
  const what = cols.map((c) => c.name).join(', ');
  const msg = `rebuild of ${to.name}: a value of ${what} does not fit the new type (SQLite would keep it as it is); `
    + 'rolled back, nothing changed';
  return {
    trigger: [`CREATE TEMP TRIGGER IF NOT EXISTS "_db_scaffold_rebuild_fit" BEFORE INSERT ON ${guard} WHEN NEW."step" = 3\n`
      + `BEGIN SELECT RAISE(ROLLBACK, ${lit(msg)}); END;`],
    checks: cols.map((c) =>
      `INSERT INTO ${guard} SELECT 3 FROM ${q(to.name)} WHERE typeof(${q(c.name)}) NOT IN (${c.classes}, 'null') LIMIT 1;`),
  };
}
