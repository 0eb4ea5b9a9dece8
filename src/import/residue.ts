/**
 * The residue: every object of the original catalog that the baseline (the design's first migration,
 * run on a scratch database) does not recreate exactly, object by object, with the reason and the
 * statements that make it exact. What the language learns to say drops out of it by itself.
 */
import type { Catalog, CatTable } from '../catalog/types.js';
import type { ReplayWriter } from '../catalog/replay.js';
import { LANG_MADE, tableResidue, type ResidueItem } from './residue-table.js';

export type { ResidueItem } from './residue-table.js';

/** `table.column` of every column the residue gives another type. */
function retypedOf(orig: Catalog, base: Catalog): Set<string> {
  const out = new Set<string>();
  for (const o of orig.tables) {
    const b = base.tables.find((x) => x.name === o.name);
    for (const c of o.columns) {
      const bc = b?.columns.find((x) => x.name === c.name);
      if (bc && bc.type !== c.type) out.add(`${o.name}.${c.name}`);
    }
  }
  return out;
}

/** A table the design leaves out, created whole with everything on it. */
function wholeTable(o: CatTable, w: ReplayWriter) {
  return [
    ...w.createTable(o), ...o.uniques.flatMap((u) => w.addUnique(o, u)), ...o.foreignKeys.flatMap((f) => w.addForeignKey(o, f)),
    ...o.checks.flatMap((c) => w.addCheck(o, c)), ...(o.comment !== undefined ? w.tableComment(o) : []),
    ...o.indexes.flatMap((i) => w.addIndex(o, i)),
  ];
}

export function residueOf(orig: Catalog, base: Catalog, w: ReplayWriter, why: (t: CatTable) => string): ResidueItem[] {
  const out: ResidueItem[] = [];
  const push = (object: string, reason: string, sql: ResidueItem['sql']) => out.push({ object, reason, sql });
  for (const e of orig.enums.filter((x) => !base.enums.some((y) => y.name === x.name))) {
    push(`enum ${e.name}`, 'the language has no enum types', w.enumType(e));
  }
  for (const r of orig.routines) push(`${r.kind} ${r.name}`, 'the language has no routines', w.routine(r));
  for (const s of orig.sequences.filter((x) => !x.identity && !base.sequences.some((y) => y.name === x.name && !y.identity))) {
    push(`sequence ${s.name}`, s.ownedBy ? `a serial of ${s.ownedBy}` : 'the language has no sequences', w.sequence(s));
  }
  const retyped = retypedOf(orig, base);
  for (const o of orig.tables) {
    const b = base.tables.find((x) => x.name === o.name);
    if (b) tableResidue(o, b, w, out, retyped);
    else push(`table ${o.name}`, why(o), wholeTable(o, w));
  }
  for (const v of orig.views) push(`view ${v.name}`, 'the language has no views', w.view(v));
  for (const g of orig.triggers) push(`trigger ${g.name} on ${g.table}`, 'the language has no triggers', w.trigger(g));
  for (const g of base.triggers.filter((x) => !orig.triggers.some((y) => y.name === x.name && y.table === x.table))) {
    push(`trigger ${g.name}`, LANG_MADE, w.dropTrigger(g));
  }
  for (const r of base.routines.filter((x) => !orig.routines.some((y) => y.name === x.name && y.kind === x.kind))) {
    push(`${r.kind} ${r.name}`, LANG_MADE, w.dropRoutine(r));
  }
  return out;
}

/** db/residue.sql: the items' statements by phase (each group under its object's comment), for after the migrations. */
export function residueSql(items: ResidueItem[], head: string[]): string {
  const rows = items.flatMap((it, n) => it.sql.map((s) => ({ ...s, n, it })));
  rows.sort((a, b) => a.phase - b.phase || a.n - b.n);
  const body = rows.map((r, i) => (i > 0 && rows[i - 1].it === r.it ? r.sql : `\n-- ${r.it.object}: ${r.it.reason}\n${r.sql}`));
  return [...head.map((h) => `-- ${h}`), ...body, ''].join('\n');
}
