/**
 * The picture's view of a design (dialect types, no layout): tables with their columns marked PK / FK / UK,
 * relations from the FK column to the column it references with their cardinality, and groups — the
 * entities' `@group(…)` directive, else the connected components once the design has more than SPLIT tables.
 */
import type { Dialect } from '../dialects/dialect.js';
import type { Model } from '../state/model-schema.js';
import type { Schema, Table } from '../state/physical-schema.js';
import { memoByString } from '../base/memo.js';

export const SPLIT = 30;

export interface PicColumn { name: string; type: string; marks: ('PK' | 'FK' | 'UK')[]; nullable: boolean }
export interface PicTable { name: string; columns: PicColumn[]; group: string }
/** child.column → parent.refColumn; `many`: several child rows may point at one parent; `optional`: NULL allowed. */
export interface PicRelation { name: string; child: string; column: string; parent: string; refColumn: string; many: boolean; optional: boolean }
export interface Picture { tables: PicTable[]; relations: PicRelation[]; groups: string[] }

/** The column's type as the DDL spells it, without what is not the type (identity, AUTO_INCREMENT, a key). */
export const shortType = memoByString((t) =>
  t.replace(/\s+(GENERATED\b.*|AUTO_INCREMENT\b.*|AUTOINCREMENT\b.*|PRIMARY\s+KEY\b.*)$/i, '').trim());

const uniqueAlone = (t: Table, col: string) =>
  t.uniques.some((u) => u.columns.length === 1 && u.columns[0] === col) ||
  t.indexes.some((i) => i.unique && !i.whereAlive && i.columns.length === 1 && i.columns[0] === col) ||
  (t.primaryKey.columns.length === 1 && t.primaryKey.columns[0] === col);

function marks(t: Table, col: string): PicColumn['marks'] {
  const out: PicColumn['marks'] = [];
  if (t.primaryKey.columns.includes(col)) out.push('PK');
  if (t.foreignKeys.some((f) => f.column === col)) out.push('FK');
  const unique = t.uniques.some((u) => u.columns.includes(col)) || t.indexes.some((i) => i.unique && i.columns.includes(col));
  if (unique && !out.includes('PK')) out.push('UK');
  return out;
}

/** Union-find over the FKs: one component name (its first table) per table. */
function components(schema: Schema): Map<string, string> {
  const up = new Map(schema.tables.map((t) => [t.name, t.name]));
  const find = (x: string): string => { // path halving: a long FK chain neither recurses nor walks back each time
    for (let p = up.get(x)!; p !== x; x = p, p = up.get(x)!) up.set(x, up.get(p)!);
    return x;
  };
  for (const t of schema.tables) for (const f of t.foreignKeys) if (up.has(f.refTable)) up.set(find(t.name), find(f.refTable));
  const first = new Map<string, string>();
  for (const t of schema.tables) if (!first.has(find(t.name))) first.set(find(t.name), t.name);
  return new Map(schema.tables.map((t) => [t.name, first.get(find(t.name))!]));
}

function groupsOf(schema: Schema, model: Model | undefined): Map<string, string> {
  const byEntity = new Map((model?.entities ?? []).map((e) => [e.name, e.group]));
  const named = new Map<string, string>();
  for (const t of schema.tables) { const g = t.entity ? byEntity.get(t.entity) : undefined; if (g) named.set(t.name, g); }
  for (const t of schema.tables) { // a junction joins the group of a table it links
    if (named.has(t.name)) continue;
    const g = t.foreignKeys.map((f) => named.get(f.refTable)).find(Boolean);
    if (g) named.set(t.name, g);
  }
  if (named.size) return new Map(schema.tables.map((t) => [t.name, named.get(t.name) ?? 'other']));
  if (schema.tables.length <= SPLIT) return new Map(schema.tables.map((t) => [t.name, '']));
  const comp = components(schema);
  return new Map(schema.tables.map((t) => [t.name, comp.get(t.name)!]));
}

export function pictureOf(d: Dialect, schema: Schema, model?: Model): Picture {
  const group = groupsOf(schema, model);
  const tables = schema.tables.map((t) => ({
    name: t.name, group: group.get(t.name)!,
    columns: t.columns.map((c) => ({ name: c.name, type: shortType(d.columnType(c, t)), marks: marks(t, c.name), nullable: c.nullable })),
  }));
  const relations = schema.tables.flatMap((t) => t.foreignKeys.map((f) => ({
    name: f.name, child: t.name, column: f.column, parent: f.refTable, refColumn: f.refColumn,
    many: !uniqueAlone(t, f.column), optional: t.columns.find((c) => c.name === f.column)?.nullable ?? true,
  })));
  return { tables, relations, groups: [...new Set(tables.map((t) => t.group))] };
}
