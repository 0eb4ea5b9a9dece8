/**
 * A many-to-many's junction table in the drift. The language says the relation, not the table's parts: dropped by
 * hand, the many-to-many goes with it (junctionOf); its columns and keys changed by hand are kept, both ways, as
 * unsaid objects (the design's residue for `--adopt`, the up and the down of `--revert`), each saying how the
 * design could say it instead. So is a table only the residue makes (an import's).
 */
import type { CatColumn, CatTable } from '../catalog/types.js';
import type { Relation } from '../state/model-schema.js';
import { squash } from '../catalog/compare.js';
import { addedColumn, columnUnsaid, droppedColumn, pkUnsaid, type Unsaid } from './live-unsaid.js';
import { byName } from './live-byname.js';
import type { Walk } from './live-walk.js';

/** The many-to-many whose junction `table` is: the one relation between the two tables its FKs point at. */
export function junctionOf(w: Walk, table: string): Relation | undefined {
  const tables = w.design.schema!.tables;
  const j = tables.find((t) => t.name === table && t.kind === 'junction');
  const ends = new Set(j?.foreignKeys.map((f) => tables.find((t) => t.name === f.refTable)?.entity));
  const hits = w.model.relations.filter((r) => r.kind === 'many-to-many' && ends.has(r.from) && ends.has(r.to)
    && new Set([r.from, r.to]).size === ends.size);
  return j && hits.length === 1 ? hits[0] : undefined;
}

const PARTS = ['type', 'nullable', 'default', 'comment', 'identity', 'onUpdate', 'generated'] as const;
const text = (c: CatColumn, k: typeof PARTS[number]) =>
  (k === 'default' ? squash(c.default) : JSON.stringify(c[k] ?? null));

/** Every column and key of the live `lt` that differs from the design's `et`, as an unsaid object. */
export function tableParts(w: Walk, lt: CatTable, et: CatTable): void {
  const t = lt.name; const r = w.writer;
  const junction = w.design.schema!.tables.some((x) => x.name === t && x.kind === 'junction');
  const why = junction ? `the design says the junction ${t} by its many-to-many, not its columns and keys; `
    + 'to say them: make the many-to-many an entity of its own (npx plop db-change), or keep them in the residue (--adopt)'
    : `${t} is made by the design's residue`;
  const left = (msg: string, u: Unsaid) => { w.left.push(msg); w.unsaid.push(u); };
  lt.columns.forEach((c, n) => {
    const x = et.columns.find((k) => k.name === c.name);
    const parts = x ? PARTS.filter((k) => text(c, k) !== text(x, k)) : [];
    const msg = `column ${t}.${c.name}: ${x ? `${parts.join(', ')} changed` : 'added'} (${why})`;
    if (!x) left(msg, addedColumn(r, lt, c, msg));
    else if (parts.length) left(msg, { ...columnUnsaid(r, lt, et, c, x, parts, msg), whole: r.addColumn(lt, c, lt.columns[n - 1]?.name) });
  });
  for (const x of et.columns.filter((y) => !lt.columns.some((c) => c.name === y.name))) {
    const msg = `column ${t}.${x.name}: dropped (${why})`;
    left(msg, droppedColumn(r, et, x, msg));
  }
  const pk = (x: CatTable) => x.primaryKey?.columns.join(', ') ?? '';
  const pkMsg = `primary key ${t}: (${pk(lt)}), the design's (${pk(et)}) (${why})`;
  if (pk(lt) !== pk(et)) left(pkMsg, pkUnsaid(r, lt, et, pkMsg));
  const k = { w, lt, et }; const no = () => false;
  const cols = (x: { columns: string[] }) => `(${x.columns.join(', ')})`;
  byName(k, 'index', lt.indexes, et.indexes, (i) => `${cols(i)}${i.method ? ` USING ${i.method}` : ''}`, no, no,
    { add: r.addIndex, drop: r.dropIndex, swap: r.swapIndex });
  byName(k, 'unique', lt.uniques, et.uniques, cols, no, no, { add: r.addUnique, drop: r.dropUnique });
  byName(k, 'foreign key', lt.foreignKeys, et.foreignKeys, (f) => `${cols(f)} → ${f.refTable}`, no, no,
    { add: r.addForeignKey, drop: r.dropForeignKey });
  byName(k, 'check', lt.checks, et.checks, (c) => `(${c.expr})`, no, no, { add: r.addCheck, drop: r.dropCheck });
}
