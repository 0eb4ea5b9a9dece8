/**
 * What the design language cannot say of the drift (an FK of two columns, a second CHECK on a field, a primary
 * key, an identity, a generated column, ON UPDATE …), object by object, written both ways by the engine's replay
 * writer: `toLive` makes a database the design gives what the live one is (`--adopt` keeps it in the design's
 * residue; the down of `--revert`), `toDesign` the way back (the up of `--revert`); `loss` where that way loses
 * what the rows hold, with the ways round it. SQLite, which ALTERs none of these, rebuilds the table either way.
 */
import type { Replayed, ReplayWriter } from '../catalog/replay.js';
import type { Catalog, CatColumn, CatTable } from '../catalog/types.js';

/** `implied`: made with another object (InnoDB's index for an FK), nothing of its own to keep. */
export interface Unsaid {
  kind: string; name: string; reason: string; table: string; toLive: Replayed[]; toDesign: Replayed[]; loss?: string; implied?: boolean;
  parts?: Unsaid[]; // SQLite: what one table rebuild says
  gone?: boolean; // the design has it, the live database not (what --adopt kept in the residue, dropped by hand: taken out of it)
  whole?: Replayed[]; // the live object made anew (what the residue made, changed by hand again: replaces the residue's making of it)
}

/** How one key kind is added and dropped on a table. */
export interface Way<T> {
  add(t: CatTable, x: T): Replayed[]; drop(t: CatTable, x: T): Replayed[];
  /** `was` replaced by `now` of the same name in one statement (MariaDB: an index an FK needs cannot be dropped alone). */
  swap?(t: CatTable, was: T, now: T): Replayed[];
}

/** A key only the live table has (`live`), only the design's (`exp`), or both with another body. */
export function keyUnsaid<T>(kind: string, name: string, reason: string, lt: CatTable, et: CatTable, way: Way<T>, live?: T, exp?: T): Unsaid {
  return {
    kind, name, reason, table: lt.name, ...(exp && !live ? { gone: true } : {}),
    toLive: live && exp && way.swap ? way.swap(lt, exp, live)
      : [...(exp ? way.drop(et, exp) : []), ...(live ? way.add(lt, live) : [])],
    toDesign: live && exp && way.swap ? way.swap(et, live, exp)
      : [...(live ? way.drop(lt, live) : []), ...(exp ? way.add(et, exp) : [])],
    ...(live ? { whole: way.add(lt, live) } : {}),
  };
}

/** A column both have, its `changed` parts made as the other side has them. */
export function columnUnsaid(w: ReplayWriter, lt: CatTable, et: CatTable, c: CatColumn, x: CatColumn, changed: (keyof CatColumn)[], reason: string): Unsaid {
  const loss = w.lossOf?.(et, x, changed, c);
  return { kind: 'column', name: `${lt.name}.${c.name}`, reason, table: lt.name, toLive: w.fixColumn(lt, c, changed, x),
    toDesign: w.fixColumn(et, x, changed, c), ...(loss ? { loss } : {}) };
}

/** `rebuilt`: SQLite, where the revert rebuilds the table without it. */
const lostColumn = (t: CatTable, c: CatColumn, rebuilt = false) => `the down adds ${t.name}.${c.name} back empty, its values gone; `
  + `to keep them: copy them first (CREATE TABLE ${t.name}_${c.name}_kept AS SELECT ${[...(t.primaryKey?.columns ?? []), c.name].join(', ')} FROM ${t.name};), or `
  + (rebuilt ? `keep the column in the rebuild (add it to the CREATE TABLE and to the INSERT's two column lists here)`
    : 'leave the column out of the revert (delete its DROP COLUMN here and its ADD COLUMN in the down)') + ', or keep it in the design with --adopt';

/** A column only the live table has, of a type or default the design has no word for. */
export function addedColumn(w: ReplayWriter, lt: CatTable, c: CatColumn, reason: string): Unsaid {
  const before = lt.columns[lt.columns.indexOf(c) - 1]?.name;
  return { kind: 'column', name: `${lt.name}.${c.name}`, reason, table: lt.name, toLive: w.addColumn(lt, c, before),
    toDesign: w.dropColumn?.(lt, c) ?? [], ...(c.generated ? {} : { loss: lostColumn(lt, c) }) };
}

/** A column only the design's table has (dropped by hand): dropped again where the design is made, added back by --revert. */
export const droppedColumn = (w: ReplayWriter, et: CatTable, x: CatColumn, reason: string): Unsaid => ({
  kind: 'column', name: `${et.name}.${x.name}`, reason, table: et.name, gone: true, toLive: w.dropColumn?.(et, x) ?? [],
  toDesign: w.addColumn(et, x, et.columns[et.columns.indexOf(x) - 1]?.name) });

export const pkUnsaid = (w: ReplayWriter, lt: CatTable, et: CatTable, reason: string): Unsaid =>
  ({ kind: 'primary key', name: lt.name, reason, table: lt.name, toLive: w.primaryKey?.(lt, et) ?? [], toDesign: w.primaryKey?.(et, lt) ?? [] });

/** The whole table made from its text, its indexes and triggers again (a rebuild drops them). */
const rebuilt = (w: ReplayWriter, c: Catalog, t: CatTable, from: CatTable): Replayed[] =>
  [...w.rebuild!(t, from), ...t.indexes.flatMap((i) => w.addIndex(t, i)), ...c.triggers.filter((g) => g.table === t.name).flatMap((g) => w.trigger(g))];

/** SQLite: every table with unsaid parts but indexes is rebuilt from the live text (the design's, back), once. */
export function byEngine(w: ReplayWriter, live: Catalog, expected: Catalog, xs: Unsaid[]): Unsaid[] {
  if (!w.rebuild) return xs;
  const tables = [...new Set(xs.filter((x) => x.kind !== 'index').map((x) => x.table))];
  const out = xs.filter((x) => !tables.includes(x.table));
  for (const name of tables) {
    const lt = live.tables.find((t) => t.name === name); const et = expected.tables.find((t) => t.name === name);
    if (!lt || !et) continue;
    const parts = xs.filter((x) => x.table === name);
    const reason = `rebuilt from its live text: ${parts.map((x) => x.reason).join('; ')}`;
    const lost = lt.columns.filter((c) => !et.columns.some((k) => k.name === c.name)
      && parts.some((x) => x.loss && x.name === `${name}.${c.name}`)).map((c) => lostColumn(lt, c, true));
    out.push({ kind: 'table', name, reason, table: name, toLive: rebuilt(w, live, lt, et), toDesign: rebuilt(w, expected, et, lt), parts,
      ...(lost.length ? { loss: lost.join('; ') } : {}) });
  }
  return out;
}

/** A line of `left` that one of `xs` says (its own line, or the language's reason for it). */
export const saidBy = (xs: Unsaid[], line: string) => xs.flatMap((u) => [u, ...(u.parts ?? [])])
  .some((u) => u.reason === line || line.startsWith(`${u.kind} ${u.name}: `));
