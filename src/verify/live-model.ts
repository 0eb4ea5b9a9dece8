/**
 * The drift taken into the design model: the live catalog walked table by table against the catalog the
 * migrations give (tables and their comments, columns with type, size, NULL, default and comment; keys in live-keys.ts), the
 * model edited to say what the live database has. `--adopt` writes it as a migration; `--revert` the way back.
 * What the model has no word for is named in `left`, never dropped in silence.
 */
import type { Design } from '../state/design-schema.js';
import type { ReplayWriter } from '../catalog/replay.js';
import type { Entity, Model } from '../state/model-schema.js';
import type { Catalog, CatColumn, CatTable } from '../catalog/types.js';
import { squash } from '../catalog/compare.js';
import { tableParts } from './live-junction.js';
import { entityName } from '../model/naming.js';
import { defaultOf, fieldOf, typeOf } from './live-fields.js';
import { patchKeys } from './live-keys.js';
import { dropTable, entityOf, relationAt, type Adopted, type Walk } from './live-walk.js';
import { isUserError } from '../base/errors.js';
import { addedColumn, byEngine, columnUnsaid, droppedColumn, pkUnsaid, type Unsaid } from './live-unsaid.js';

function columns(w: Walk, e: Entity, lt: CatTable, et: CatTable, fresh: boolean): void {
  const t = lt.name;
  const left = (msg: string, u: Unsaid) => { w.left.push(msg); w.unsaid.push(u); };
  for (const c of lt.columns) {
    const x = et.columns.find((k) => k.name === c.name);
    if (!x) {
      if (fresh && c.identity && lt.primaryKey?.columns.join() === c.name && c.name === 'id') {
        if (c.identity === 'by-default') e.identityKind = 'by-default';
        continue; // the surrogate id the design gives every entity
      }
      const f = fieldOf(c);
      if (f) { e.fields.push(f); if (lt.primaryKey?.columns.includes(c.name)) f.pk = true; w.taken.push(`column ${t}.${c.name} added`); }
      else {
        const coll = c.collation ? ` COLLATE ${c.collation}` : '';
        const def = c.default ? ` DEFAULT ${c.default}` : '';
        const msg = `column ${t}.${c.name} (${c.type}${coll}${def}): no design type${coll ? ', collation' : ''} or default says it`;
        left(msg, addedColumn(w.writer, lt, c, msg));
      }
      continue;
    }
    const changed = (['type', 'nullable', 'default', 'comment'] as const).filter((k) => squash(String(c[k] ?? '')) !== squash(String(x[k] ?? '')));
    const other = (['identity', 'onUpdate', 'generated', 'collation'] as const).filter((k) => JSON.stringify(c[k] ?? null) !== JSON.stringify(x[k] ?? null));
    const was = (k: typeof other[number]) => `${k} ${JSON.stringify(c[k] ?? null)} (the design's: ${JSON.stringify(x[k] ?? null)})`;
    const byResidue = !w.design.schema!.tables.find((k) => k.name === t)?.columns.some((k) => k.name === c.name);
    const whole = byResidue ? { whole: w.writer.addColumn(lt, c, lt.columns[lt.columns.indexOf(c) - 1]?.name) } : {};
    const fix = (msg: string, parts: (keyof CatColumn)[]) =>
      left(msg, { ...columnUnsaid(w.writer, lt, et, c, x, parts, msg), ...whole });
    if (other.length) fix(`column ${t}.${c.name}: ${other.map(was).join(', ')} changed in the live database`, other);
    if (!changed.length) continue;
    const f = e.fields.find((k) => k.name === c.name);
    if (!f || f.ref) { fix(`column ${t}.${c.name}: ${changed.join(', ')} changed on a column the design makes itself (a key, a timestamp)`, changed); continue; }
    if (changed.includes('type')) {
      const ty = typeOf(c);
      if (ty) { f.type = ty; f.checks = f.checks.filter((r) => r !== 'enum'); } else fix(`column ${t}.${c.name}: type ${c.type} has no design type`, ['type']);
    }
    if (changed.includes('nullable')) f.nullable = c.nullable;
    if (changed.includes('default')) {
      const d = defaultOf(c);
      if (d === undefined) fix(`column ${t}.${c.name}: DEFAULT ${c.default} is not a literal the design says`, ['default']);
      else if (d === null) delete f.default; else f.default = d;
    }
    if (changed.includes('comment')) { if (c.comment) f.doc = c.comment; else delete f.doc; }
    w.taken.push(`column ${t}.${c.name}: ${changed.join(', ')}`);
  }
  for (const x of et.columns) {
    if (lt.columns.some((c) => c.name === x.name)) continue;
    const f = e.fields.find((k) => k.name === x.name); const r = relationAt(w, e, x.name);
    if (f && !f.pk) e.fields = e.fields.filter((k) => k !== f);
    else if (r && !f) w.model.relations = w.model.relations.filter((k) => k !== r);
    else {
      const msg = `column ${t}.${x.name} dropped: a column the design makes itself (a key, a timestamp)`;
      left(msg, droppedColumn(w.writer, et, x, msg));
      continue;
    }
    w.taken.push(`column ${t}.${x.name} dropped`);
  }
  if ((lt.comment ?? '') !== (et.comment ?? '')) {
    if (lt.comment) e.doc = lt.comment; else delete e.doc;
    w.taken.push(`comment on table ${t} ${lt.comment ? 'set' : 'removed'}`);
  }
  if (lt.collation !== et.collation && w.writer.tableCollation) { // the language has no collations
    const msg = `collation of table ${t}: ${lt.collation ?? 'default'} (the design's: ${et.collation ?? 'default'})`;
    left(msg, { kind: 'collation of table', name: t, reason: msg, table: t,
      toLive: w.writer.tableCollation(lt), toDesign: w.writer.tableCollation(et) });
  }
}

/** The advice for a table a migration makes that the live database has without its record (run by hand). */
export const RECORD_IT = 'record that migration as applied in the runner\'s table (or drop the table and run it), then verify again';

export function adoptModel(design: Design, live: Catalog, expected: Catalog, writer: ReplayWriter, compiles: (m: Model) => void): Adopted {
  const w: Walk = { design, model: structuredClone(design.model!), live, taken: [], left: [], writer, unsaid: [], says: (what) => {
    try { compiles(w.model); return true; } catch (e) { if (!isUserError(e)) throw e; w.left.push(`${what}: ${e.message}`); return false; }
  } };
  const empty = (name: string): CatTable => ({ name, columns: [], uniques: [], indexes: [], foreignKeys: [], checks: [] });
  const unmade = live.tables.filter((t) => !expected.tables.some((x) => x.name === t.name));
  // a table the design makes in a migration the live database has not run: taken again, it would be in the design twice
  const ahead = unmade.filter((t) => design.schema!.tables.some((x) => x.name === t.name));
  for (const lt of ahead) w.left.push(`table ${lt.name} added in the live database, which the design makes in a migration it has not recorded: ${RECORD_IT}`);
  const fresh = unmade.filter((t) => !ahead.includes(t));
  for (const lt of fresh) {
    w.model.entities.push({ name: entityName(lt.name), typed: entityName(lt.name), table: lt.name, fields: [], timestamps: 'none' });
    w.taken.push(`table ${lt.name} added`);
  }
  for (const lt of live.tables.filter((t) => !ahead.includes(t))) {
    const et = expected.tables.find((t) => t.name === lt.name) ?? empty(lt.name);
    const e = entityOf(w, lt.name);
    if (!e) { tableParts(w, lt, et); continue; } // a junction, or a table of the residue
    columns(w, e, lt, et, fresh.includes(lt));
    const id = lt.columns.find((c) => c.name === 'id'); // a key of its own once its fields are there
    if (fresh.includes(lt) && lt.primaryKey && !(lt.primaryKey.columns.join() === 'id' && id?.identity)) e.pk = lt.primaryKey.columns;
    const pk = (t: CatTable) => t.primaryKey?.columns.join(', ') ?? '';
    if (!fresh.includes(lt) && pk(lt) !== pk(et)) {
      const msg = `primary key ${lt.name} (${pk(lt)}) changed in the live database (the design's: (${pk(et)}))`;
      w.left.push(msg); w.unsaid.push(pkUnsaid(writer, lt, et, msg));
    }
    patchKeys(w, e, lt, et);
  }
  for (const et of expected.tables) if (!live.tables.some((t) => t.name === et.name)) dropTable(w, et.name);
  return { model: w.model, taken: w.taken, left: w.left, unsaid: byEngine(writer, live, expected, w.unsaid) };
}
