/**
 * A table a change drops takes its part of the design's residue with it (what db-import or db-verify --adopt kept
 * there: a generated column, a second CHECK, a trigger on it …): out of the residue, so db/residue.sql no longer
 * makes it; its statements ride on the drop (Statement `residue`), so the down makes them again right after the
 * table comes back. An object belongs to a table by its name, as the residue names them: `<table>` (table, primary
 * key, comment), `<table>.<column>`, `<table> <key>`, `<trigger> on <table>`.
 */
import type { Design, ResidueObject } from '../state/design-schema.js';
import type { Diff } from '../diff/plan.js';
import { residueSql } from '../render/residue-sql.js';

const ON_TABLE = new Set(['trigger', 'rule']);

export const belongsTo = (o: ResidueObject, table: string): boolean => (ON_TABLE.has(o.kind)
  ? o.name.endsWith(` on ${table}`) : o.name === table || o.name.startsWith(`${table}.`) || o.name.startsWith(`${table} `));

/** The design without the residue of the tables `diff` drops, the drops carrying it for their downs, a line each. */
export function pruneResidue(design: Design, diff: Diff): { design: Design; diff: Diff; notes: string[] } {
  const residue = design.residue ?? [];
  const notes: string[] = [];
  const up = diff.up.map((s) => {
    if (s.kind !== 'dropTable' || s.irreversible) return s;
    const own = residue.filter((o) => belongsTo(o, s.table.name));
    if (!own.length) return s;
    const names = own.map((o) => `${o.kind} ${o.name}`).join(', ');
    notes.push(`${s.table.name}: its residue (db/residue.sql: ${names}) goes with it; the down makes it again`);
    const head = [`${s.table.name}'s residue, as db/design.json kept it before this migration`];
    return { ...s, residue: [residueSql(own, head).trim()] };
  });
  if (!notes.length) return { design, diff, notes };
  const gone = (o: ResidueObject) => up.some((s) => s.kind === 'dropTable' && s.residue && belongsTo(o, s.table.name));
  const rest = residue.filter((o) => !gone(o));
  const { residue: _, ...without } = design;
  return { design: rest.length ? { ...design, residue: rest } : without, diff: { ...diff, up }, notes };
}
