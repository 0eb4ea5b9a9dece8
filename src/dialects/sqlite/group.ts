/**
 * SQLite runs every change to one existing table as one rebuild: the table before its first step →
 * the table after its last, where the first step was (NULL fills and restores merged). A table whose
 * steps add an FK to a table this migration creates keeps its steps as they are (the parent must exist). A changed
 * table comment is a line of the CREATE TABLE text: it changes through the rebuild, alone or with the other steps.
 */
import type { Fill, Statement, Step, ValueMap } from '../../model/statements.js';
import { addNeedsRebuild, dropNeedsRebuild, withoutColumn } from './rebuild.js';
import { markUnreferenced } from './unreferenced.js';
import type { Schema } from '../../state/physical-schema.js';

const verb = (kind: string) => (kind.startsWith('add') ? 'add' : 'drop');

type Stepped = Step & { table: string; why: string; fill?: Record<string, Fill>; restore?: Record<string, Fill>; values?: Record<string, ValueMap>; newFk?: string };

function stepOf(s: Statement): Stepped | undefined {
  switch (s.kind) {
    case 'addColumn': return { before: withoutColumn(s), after: s.table, table: s.table.name, why: `add ${s.column.name}`, newFk: s.fk?.refTable };
    case 'dropColumn': return { before: s.table, after: withoutColumn(s), table: s.table.name, why: `drop ${s.column.name}` };
    case 'alterColumn': return {
      before: s.before, after: s.after, table: s.after.name, why: `change ${s.to.name}`,
      ...(s.backfill ? { fill: { [s.to.name]: s.backfill } } : {}), ...(s.restore ? { restore: { [s.to.name]: s.restore } } : {}),
      ...(s.values ? { values: { [s.to.name]: s.values } } : {}),
    };
    case 'addForeignKey': case 'dropForeignKey':
      return s.before && s.after ? { before: s.before, after: s.after, table: s.table, why: `${verb(s.kind)} ${s.fk.name}`, ...(s.kind === 'addForeignKey' ? { newFk: s.fk.refTable } : {}) } : undefined;
    case 'addUnique': case 'dropUnique': return { before: s.before, after: s.after, table: s.after.name, why: `${verb(s.kind)} ${s.unique.name}` };
    case 'addCheck': case 'dropCheck': return { before: s.before, after: s.after, table: s.after.name, why: `${verb(s.kind)} ${s.check.name}` };
    case 'addIndex': case 'dropIndex': return { before: s.before, after: s.after, table: s.after.name, why: `${verb(s.kind)} ${s.index.name}` };
    case 'commentTable': return { before: s.before, after: s.after, table: s.after.name, why: 'set the comment line' };
    default: return undefined;
  }
}

export function groupRebuilds(up: Statement[], around?: Schema[]): Statement[] {
  const created = new Set(up.flatMap((s) => (s.kind === 'createTable' ? [s.table.name] : [])));
  const steps = up.map(stepOf);
  const byTable = new Map<string, number[]>();
  steps.forEach((st, i) => { if (st) byTable.set(st.table, [...(byTable.get(st.table) ?? []), i]); });
  const out: (Statement | undefined)[] = [...up];
  for (const idx of byTable.values()) {
    const group = idx.map((i) => steps[i]!);
    const heavy = idx.some((i) => { const s = up[i]; return s.kind === 'addColumn' ? addNeedsRebuild(s) : s.kind === 'dropColumn' ? dropNeedsRebuild(s) : !/Index$/.test(s.kind); });
    if (group.length < 2 || !heavy || group.some((g) => g.newFk && created.has(g.newFk))) continue;
    const merge = (k: 'fill' | 'restore') => Object.assign({}, ...group.map((g) => g[k] ?? {})) as Record<string, Fill>;
    const [fill, restore] = [merge('fill'), merge('restore')];
    const values = Object.assign({}, ...group.map((g) => g.values ?? {})) as Record<string, ValueMap>;
    out[idx[0]] = {
      kind: 'rebuildTable', before: group[0].before, after: group[group.length - 1].after, why: group.map((g) => g.why),
      ...(Object.keys(fill).length ? { fill } : {}), ...(Object.keys(restore).length ? { restore } : {}),
      ...(Object.keys(values).length ? { values } : {}),
    };
    for (const i of idx.slice(1)) out[i] = undefined;
  }
  return markUnreferenced(out.filter((s): s is Statement => !!s), around);
}
