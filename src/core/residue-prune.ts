/**
 * A table a change drops takes its part of the design's residue with it (what db-import or db-verify --adopt kept
 * there: a generated column, a second CHECK, a trigger on it …), and what of the residue depends on it
 * (residue-depends.ts: an FK to it, a view over it): out of the residue, so db/residue.sql no longer makes them;
 * their statements ride on the drop (Statement `residue`, the dependents' drops in `dependents`), so the down makes
 * them again right after the table comes back.
 */
import type { Design, ResidueObject } from '../state/design-schema.js';
import type { Dialect } from '../dialects/dialect.js';
import type { Diff } from '../diff/plan.js';
import { residueSql } from '../render/residue-sql.js';
import { belongsTo, dependents } from './residue-depends.js';

const label = (o: ResidueObject) => `${o.kind} ${o.name}`;

/** The design without the residue of the tables `diff` drops, the drops carrying it for their downs, a line each. */
export function pruneResidue(design: Design, diff: Diff, d: Pick<Dialect, 'replay' | 'quote'>, what: string) {
  const residue = design.residue ?? [];
  const drops = diff.up.flatMap((s) => (s.kind === 'dropTable' && !s.irreversible ? [s.table.name] : []));
  const owned = new Set(residue.filter((o) => drops.some((t) => belongsTo(o, t))));
  const taken = new Set(owned);
  const gone: string[] = [];
  const notes: string[] = [];
  const up = diff.up.map((s) => {
    if (s.kind !== 'dropTable' || s.irreversible) return s;
    const own = residue.filter((o) => owned.has(o) && belongsTo(o, s.table.name));
    const dep = dependents(residue.filter((o) => !taken.has(o)), s.table.name, gone, d, what);
    dep.taken.forEach((t) => taken.add(t.o));
    if (own.length) {
      notes.push(`${s.table.name}: its residue (db/residue.sql: ${own.map(label).join(', ')}) goes with it; the down makes it again`);
    }
    if (dep.taken.length) {
      const which = dep.taken.map((t) => `${label(t.o)}, which ${t.why}`).join('; ');
      notes.push(`${s.table.name}: what of the residue depends on it goes too, as DROP … CASCADE takes it (db/residue.sql: ${which}); the down makes it again`);
    }
    const all = [...own, ...dep.taken.map((t) => t.o)];
    if (!all.length) return s;
    const head = [`${s.table.name}'s residue, as db/design.json kept it before this migration`];
    return { ...s, residue: [residueSql(all, head).trim()], ...(dep.drops.length ? { dependents: dep.drops } : {}) };
  });
  if (!notes.length) return { design, diff, notes };
  const rest = residue.filter((o) => !taken.has(o));
  const { residue: _, ...without } = design;
  return { design: rest.length ? { ...design, residue: rest } : without, diff: { ...diff, up }, notes };
}
