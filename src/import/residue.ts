/**
 * The residue: every object of the original catalog that the baseline (the design's first migration,
 * run on a scratch database) does not recreate exactly, object by object, with the reason and the
 * statements that make it exact. What the language learns to say drops out of it by itself.
 */
import type { Catalog, CatTable } from '../catalog/types.js';
import type { ReplayWriter } from '../catalog/replay.js';
import { squash } from '../catalog/compare.js';
import { item, LANG_MADE, tableResidue, type ResidueItem } from './residue-table.js';

export type { ResidueItem } from './residue-table.js';

/** `table.column` of every column the residue gives another type or collation (an FK needs both sides alike). */
function retypedOf(orig: Catalog, base: Catalog): Set<string> {
  const out = new Set<string>();
  for (const o of orig.tables) {
    const b = base.tables.find((x) => x.name === o.name);
    for (const c of o.columns) {
      const bc = b?.columns.find((x) => x.name === c.name);
      if (bc && (bc.type !== c.type || bc.collation !== c.collation)) out.add(`${o.name}.${c.name}`);
    }
  }
  return out;
}

/** A table the design leaves out, created whole with everything on it. */
function wholeTable(o: CatTable, w: ReplayWriter) {
  return [
    ...w.createTable(o), ...o.uniques.flatMap((u) => w.addUnique(o, u)), ...o.foreignKeys.flatMap((f) => w.addForeignKey(o, f)),
    ...o.checks.flatMap((c) => w.addCheck(o, c)), ...(o.comment !== undefined ? w.tableComment(o) : []),
    ...(o.collation !== undefined ? w.tableCollation?.(o) ?? [] : []),
    ...o.indexes.flatMap((i) => w.addIndex(o, i)),
  ];
}

export function residueOf(orig: Catalog, base: Catalog, w: ReplayWriter, why: (t: CatTable) => string): ResidueItem[] {
  const out: ResidueItem[] = [];
  const push = (kind: string, name: string, reason: string, sql: ResidueItem['sql']) => out.push(item(kind, name, reason, sql));
  for (const e of orig.enums.filter((x) => !base.enums.some((y) => y.name === x.name))) {
    push('enum', e.name, 'the language has no enum types', w.enumType(e));
  }
  const made = (x: { sql: string }, ys: { sql: string }[]) => ys.some((y) => squash(y.sql) === squash(x.sql));
  // what the baseline makes itself, to the letter (the set_updated_at function and triggers of `updated_at`), is no residue
  for (const r of orig.routines.filter((x) => !made(x, base.routines.filter((y) => y.kind === x.kind && y.name === x.name)))) push(r.kind, r.name, `the language has no ${r.kind === 'domain' ? 'domains' : 'routines'}`, w.routine(r));
  for (const s of orig.sequences.filter((x) => !x.identity && !base.sequences.some((y) => y.name === x.name && !y.identity))) {
    push('sequence', s.name, s.ownedBy ? `a serial of ${s.ownedBy}` : 'the language has no sequences', w.sequence(s));
  }
  const retyped = retypedOf(orig, base);
  for (const o of orig.tables) {
    const b = base.tables.find((x) => x.name === o.name);
    if (b) tableResidue(o, b, w, out, retyped);
    else push('table', o.name, why(o), wholeTable(o, w));
  }
  for (const v of orig.views) push('view', v.name, 'the language has no views', w.view(v));
  for (const r of orig.rules ?? []) push('rule', `${r.name} on ${r.table}`, 'the language has no rules', w.rule!(r));
  for (const g of orig.triggers.filter((x) => !made(x, base.triggers.filter((y) => y.table === x.table && y.name === x.name)))) push('trigger', `${g.name} on ${g.table}`, 'the language has no triggers', w.trigger(g));
  for (const g of base.triggers.filter((x) => !orig.triggers.some((y) => y.name === x.name && y.table === x.table))) {
    push('trigger', g.name, LANG_MADE, w.dropTrigger(g));
  }
  for (const r of base.routines.filter((x) => !orig.routines.some((y) => y.name === x.name && y.kind === x.kind))) {
    push(r.kind, r.name, LANG_MADE, w.dropRoutine(r));
  }
  return out;
}

export { residueSql } from '../render/residue-sql.js';
