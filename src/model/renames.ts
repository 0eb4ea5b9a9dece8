/**
 * Renames are intent, never guessed: the spec's `renames` (old name → new name, `Entity` or
 * `Entity.field`) become table and column renames; a junction follows its entities. What still
 * disappears while something else appears is an ambiguity the caller must resolve (ask, or stop).
 */
import type { Schema, Table } from '../state/physical-schema.js';
import type { Model } from '../state/model-schema.js';
import { fail } from '../base/errors.js';
import { snake } from './naming.js';
import { fieldNamer } from './field-namer.js';

/** Renames as the diff applies them: tables by name, columns by table. */
export interface PhysicalRenames {
  tables: { from: string; to: string }[];
  columns: { table: string; from: string; to: string }[];   // table: its name after the table renames
}

export const NO_RENAMES: PhysicalRenames = { tables: [], columns: [] };

export interface Rename { from: string; to: string }
export interface Ambiguity { gone: string; fresh: string }

const colOf = (s: Schema, field: string) => s.shortened.find((x) => x.kind === 'column' && x.full === field)?.short ?? field;

/** A field stored under another name (`column(AlbumId)`): the model's, else (no model) the column that reads as it in snake_case. */
const colIn = (t: Table, field: string) => (t.columns.some((c) => c.name === field) ? field : t.columns.find((c) => snake(c.name) === field)?.name ?? field);
const columnIn = (m: Model | undefined, entity: string, field: string) => m?.entities.find((e) => e.name === entity)?.fields.find((f) => f.name === field)?.column;

function entityTable(s: Schema, entity: string, side: string, key: string): Table {
  const t = s.tables.find((x) => x.entity === entity);
  if (!t) fail(`renames: ${key}: no entity ${entity} ${side} (entities: ${s.tables.flatMap((x) => x.entity ?? []).join(', ')})`);
  return t;
}

/** Old-name → new-name pairs resolved against the snapshot (before) and the compiled next schema (after). */
/** `models`: the designs before and after, for the fields under `column(…)` names. */
export function physicalRenames(prev: Schema, next: Schema, renames: Rename[], models?: { prev: Model; next: Model }): PhysicalRenames {
  const out: PhysicalRenames = { tables: [], columns: [] };
  const tableMap = new Map<string, string>();
  for (const r of renames.filter((x) => !x.from.includes('.'))) {
    if (r.to.includes('.')) fail(`renames: ${r.from} → ${r.to}: an entity is renamed to an entity (e.g. {"from": "Tag", "to": "Label"})`);
    const a = entityTable(prev, r.from, 'before', r.from);
    const b = entityTable(next, r.to, 'after', r.to);
    tableMap.set(a.name, b.name);
    if (a.name !== b.name) out.tables.push({ from: a.name, to: b.name });
  }
  // the same entity under another table name (a changed @table): the table is renamed, never dropped
  const nextByEntity = new Map<string, Table>();
  for (const t of next.tables) if (t.entity && !nextByEntity.has(t.entity)) nextByEntity.set(t.entity, t);
  const prevNames = new Set(prev.tables.map((t) => t.name));
  for (const a of prev.tables.filter((t) => t.entity && !tableMap.has(t.name))) {
    const b = nextByEntity.get(a.entity!);
    if (b && b.name !== a.name && !prevNames.has(b.name)) {
      tableMap.set(a.name, b.name);
      out.tables.push({ from: a.name, to: b.name });
    }
  }
  const mapped = (t: string) => tableMap.get(t) ?? t;
  for (const j of prev.tables.filter((t) => t.kind === 'junction')) {
    const refs = (t: Table) => t.foreignKeys.map((f) => f.refTable).sort().join(',');
    const want = j.foreignKeys.map((f) => mapped(f.refTable)).sort().join(',');
    const n = next.tables.find((t) => t.kind === 'junction' && refs(t) === want);
    // its tables as they were, yet named anew (an entity renamed under its own @table): renamed all the same
    const kept = want === refs(j)
      && (!n || n.name === j.name || prevNames.has(n.name) || next.tables.some((t) => t.name === j.name));
    if (!n || kept) continue;
    if (n.name !== j.name) out.tables.push({ from: j.name, to: n.name });
    j.foreignKeys.forEach((f, i) => {
      const to = n.foreignKeys.filter((g) => g.refTable === mapped(f.refTable))[j.foreignKeys.filter((g) => g.refTable === f.refTable).indexOf(f)] ?? n.foreignKeys[i];
      if (to.column !== f.column) out.columns.push({ table: n.name, from: f.column, to: to.column });
    });
  }
  for (const r of renames.filter((x) => x.from.includes('.'))) {
    const [fe, ff] = r.from.split('.');
    const [te, tf] = r.to.split('.');
    if (!tf) fail(`renames: ${r.from} → ${r.to}: a field is renamed to a field (e.g. {"from": "Post.title", "to": "Post.headline"})`);
    const a = entityTable(prev, fe, 'before', r.from);
    const b = entityTable(next, te, 'after', r.to);
    if (mapped(a.name) !== b.name) fail(`renames: ${r.from} → ${r.to}: ${fe} becomes ${next.tables.find((t) => t.name === mapped(a.name))?.entity ?? 'nothing'}, not ${te}`);
    const from = columnIn(models?.prev, fe, ff) ?? colIn(a, colOf(prev, ff));
    const to = columnIn(models?.next, te, tf) ?? colIn(b, colOf(next, tf));
    if (!a.columns.some((c) => c.name === from)) fail(`renames: ${r.from}: ${fe} has no field ${ff}`);
    if (!b.columns.some((c) => c.name === to)) fail(`renames: ${r.to}: ${te} has no field ${tf} in the new design`);
    if (from !== to) out.columns.push({ table: b.name, from, to });
  }
  return out;
}

/** What disappears while something else appears, once the renames are applied: entities, then fields (named as the
 *  designs name them, `models` at hand: a rename said back is the field's, ids kept; `replaced` takes either). */
export function ambiguities(prev: Schema, next: Schema, r: PhysicalRenames, replaced: string[],
  models?: { prev: Model; next: Model }): Ambiguity[] {
  const tableTo = new Map(r.tables.map((t) => [t.from, t.to]));
  const after = (t: Table) => tableTo.get(t.name) ?? t.name;
  const nextByName = new Map<string, Table>();
  for (const n of next.tables) if (!nextByName.has(n.name)) nextByName.set(n.name, n);
  const afterNames = new Set(prev.tables.map(after));
  const goneE = prev.tables.filter((t) => t.entity && !replaced.includes(t.entity) && !nextByName.has(after(t)));
  const freshE = next.tables.filter((n) => n.entity && !afterNames.has(n.name));
  if (goneE.length && freshE.length) return [{ gone: goneE[0].entity!, fresh: freshE[0].entity! }];
  const out: Ambiguity[] = [];
  const wasField = fieldNamer(models?.prev, prev);
  const nowField = fieldNamer(models?.next, next);
  for (const t of prev.tables.filter((x) => x.entity)) {
    const n = nextByName.get(after(t));
    if (!n) continue;
    const renamedTo = (c: string) => r.columns.find((x) => x.table === n.name && x.from === c)?.to ?? c;
    const was = (c: string) => wasField(t.entity!, c);
    const gone = t.columns.filter((c) => ![c.name, was(c.name)].some((x) => replaced.includes(`${t.entity}.${x}`))
      && !n.columns.some((x) => x.name === renamedTo(c.name)));
    const fresh = n.columns.filter((c) => !t.columns.some((x) => renamedTo(x.name) === c.name));
    const now = (c: string) => nowField(n.entity!, c);
    if (gone.length && fresh.length) out.push({ gone: `${t.entity}.${was(gone[0].name)}`, fresh: `${n.entity}.${now(fresh[0].name)}` });
  }
  return out;
}
