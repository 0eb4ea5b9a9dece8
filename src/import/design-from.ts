/**
 * Catalog → the design in the entity language: one entity line per table, `ref(...)` per single-column
 * FK to a key, keys, uniques, indexes, checks and defaults the language can say, `@table` where the name
 * is not the convention's, `@timestamps(none)` with the timestamps typed as they are. The relations it
 * recognised are listed for the confirm screen; whatever it leaves out the residue (residue.ts) restores.
 */
import type { Catalog, CatForeignKey, CatTable } from '../catalog/types.js';
import { snake, tableName } from '../model/naming.js';
import { entityOf } from './entity-names.js';
import { idFieldTarget } from '../model/relations.js';
import type { DialectId } from '../dialects/dialect.js';
import type { Relation } from '../state/model-schema.js';
import { exprDefault, langDefault, langType } from './lang-types.js';
import { trustPending } from '../model/engine-expr.js';
import { ACTION } from './junctions.js';
import { IDENT, expressible, recognise, type Recognised } from './recognise.js';
import { accepts, keyedOf, quoteDoc, timestampsOf, withChecks } from './design-said.js';
import { dialectOf } from '../dialects/registry.js';

export { expressible, recognise, type Recognised } from './recognise.js';

export interface Drafted { entities: string; relations: Relation[]; recognised: Recognised[]; left: string[] }

function refOf(t: CatTable, col: string, ents: Map<string, CatTable>, keep: Set<string>): CatForeignKey | undefined {
  const fk = t.foreignKeys.find((f) => f.columns.length === 1 && f.columns[0] === col);
  if (!fk || !keep.has(`${t.name}.${col}`)) return undefined;
  const parent = ents.get(fk.refTable);
  const pk = parent?.primaryKey?.columns;
  return pk && pk.length === 1 && pk[0] === fk.refColumns[0] && ACTION[fk.onDelete] ? fk : undefined;
}

/** The field a column is: itself when snake_case, else its snake_case with `column(Name)` (`AlbumId` → album_id). */
const fieldOf = (col: string) => (IDENT.test(col) ? col : snake(col));
const TEXTUAL = /^(string|char|text|enum)\b/; // the types collate(…) goes with
const colMod = (col: string) => (IDENT.test(col) ? [] : [`column(${col})`]);

function entityLine(cat: Catalog, t: CatTable, ents: Map<string, CatTable>, keep: Set<string>, entityName: (table: string) => string,
  unkeyed: Set<string>): string {
  const db = cat.dialect;
  const name = entityName(t.name);
  const hints = dialectOf(db).recognise;
  const ts = timestampsOf(cat, t, hints);
  const keyed = keyedOf(t, hints, unkeyed);
  const fields = (cs: string[]) => cs.map(fieldOf).join(', ');
  const pk = t.primaryKey!.columns;
  const items: string[] = [];
  for (const c of t.columns) {
    if (c.generated || ts.skip.has(c.name)) continue; // generated columns: residue; the automatic timestamps: @timestamps
    const fk = refOf(t, c.name, ents, keep);
    const single = (xs: { columns: string[] }[]) => xs.some((x) => x.columns.length === 1 && x.columns[0] === c.name);
    const mods: string[] = [];
    const type = hints?.typeWord?.(t, c) ?? langType(c);
    const auto = hints?.automaticId ? hints.automaticId(c) : type === 'bigint';
    if (pk.length === 1 && pk[0] === c.name && c.name === 'id' && c.identity && auto) { // the automatic id
      if (c.identity === 'by-default') items.push('id:identity(by-default)');
      continue;
    }
    const fname = fieldOf(c.name);
    let item = fk ? `${fname}:ref(${entityName(fk.refTable)}, ${ACTION[fk.onDelete]})` : `${fname}:${type}`;
    if (c.name === 'id' && !fk && pk.length === 1 && pk[0] === 'id' && type === 'bigint') item = 'id:bigint';
    if (pk.length === 1 && pk[0] === c.name && c.name !== 'id') mods.push('pk');
    const gen = pk.length === 1 && pk[0] === c.name && !fk ? hints?.generation?.(c) : undefined;
    if (gen) mods.push(gen); // id:integer:identity(by-default), actor_id:integer:pk:serial, id:integer:autoincrement
    mods.push(...colMod(c.name));
    if (c.nullable && !pk.includes(c.name)) mods.push('optional');
    if (single(t.uniques.filter((u) => !keyed.has(u)))) mods.push('unique');
    if (single(t.indexes.filter((i) => !i.unique && !i.where && !i.expression && !i.method))) mods.push('index');
    const said = fk ? undefined : langDefault(c, type);
    const def = said ?? (fk ? undefined : exprDefault(c)); // an expression the language may say, else the residue's
    const extra = [...(c.name === 'updated_at' && ts.keptCurrent ? ['auto'] : []), ...(c.comment ? [quoteDoc(c.comment)] : [])];
    const coll = c.collation !== undefined && !fk && TEXTUAL.test(type) ? `:collate(${c.collation})` : '';
    const field = [item, ...mods, ...(def !== undefined ? [`default(${def})`] : []), ...extra].join(':');
    const bare = (ty: string, opt: boolean) => [`${fname}:${ty}`, ...(opt ? ['optional'] : []), ...colMod(c.name)].join(':');
    // a type only the name infers (MySQL's TIMESTAMP of a `*_at`): the field bare, then typed
    const byName = !fk && hints?.byName?.(c) ? [field.replace(`${fname}:${type}`, fname)] : [];
    const tries = [...byName, field, [item, ...mods, ...extra].join(':'), [item, ...mods].join(':'), bare(type, c.nullable), bare('text', true)];
    // each with its collation first: one the engine's rules refuse is the residue's, the rest of the field kept
    const ok = tries.flatMap((x) => (coll ? [x + coll, x] : [x])).find((x) => accepts(`${name}: ${x}, @timestamps(none)`, db));
    if (ok) items.push(ok); // else the column is left to the residue
  }
  withChecks(t, items, name, db);
  // an FK kept as a plain column (unselected on the confirm screen): no FK inferred from its `<entity>_id` name
  const unkept = t.foreignKeys.filter((f) => f.columns.length === 1 && !keep.has(`${t.name}.${f.columns[0]}`)).map((f) => f.columns[0]);
  // a column with no FK whose field the language would read as one (`album_id` in Album2, the key of `Album`): plain too
  const known = new Set([...ents.keys()].map(entityName));
  const inferred = t.columns.map((c) => c.name).filter((c) => !t.foreignKeys.some((f) => f.columns.includes(c)) && ((p) => !!p
    && !(p === name && pk.length === 1 && pk[0] === c))(idFieldTarget(fieldOf(c), known)));
  const said = [...unkept, ...inferred].filter((c) => items.some((i) => i.startsWith(`${fieldOf(c)}:`)));
  if (said.length) items.push(`@plain(${fields(said)})`);
  if (pk.length > 1) items.push(`@pk(${fields(pk)})`);
  for (const u of t.uniques.filter((x) => x.columns.length > 1 && !keyed.has(x))) items.push(`@unique(${fields(u.columns)})`);
  const plain = t.indexes.filter((i) => !i.unique && !i.where && !i.expression && !i.method && i.columns.length > 1);
  for (const i of plain) items.push(`@index(${fields(i.columns)})`);
  const takes = (more: string) => accepts(`${name}: ${[...items, more].join(', ')}, @timestamps(none)`, db);
  for (const k of keyed.values()) if (takes(k)) items.push(k); // else the index stays with the residue
  const doc = t.comment !== undefined && takes(`@${quoteDoc(t.comment)}`) ? [`@${quoteDoc(t.comment)}`] : [];
  items.push(`@timestamps(${ts.mode})`, ...doc);
  if (tableName(name) !== t.name) items.push(`@table(${t.name})`);
  return `${name}: ${items.join(', ')}`;
}

/** The design text for `c`, with the FKs of the `kept` relations as ref(...) (all of them by default). */
export function draft(c: Catalog, kept: Recognised[] = recognise(c), exclude: Set<string> = new Set(), unkeyed = new Set<string>()): Drafted {
  const ents = new Map(c.tables.filter((t) => expressible(t) && !exclude.has(t.name)).map((t) => [t.name, t]));
  const keep = new Set(kept.flatMap((r) => r.fks));
  const entityName = entityOf(c, expressible);
  const relations = kept.flatMap((r) => (r.relation && ents.has(r.relation.name!)
    && [r.relation.from, r.relation.to].every((e) => [...ents.keys()].some((n) => entityName(n) === e)) ? [r.relation] : []));
  const junctions = new Set(relations.map((r) => r.name!));
  const lines = [...ents.values()].filter((t) => !junctions.has(t.name)).map((t) => entityLine(c, t, ents, keep, entityName, unkeyed));
  trustPending(); // an engine's own default(expr(…)) read from its catalog: that engine holds it, so it ran
  const left = c.tables.filter((t) => !ents.has(t.name)).map((t) => t.name);
  // a relation of a table the residue creates whole is no relation of the design: not told as recognised
  const inDesign = (fk: string) => ents.has(fk.split('.')[0]) && ents.get(fk.split('.')[0])!.foreignKeys.some((f) =>
    f.columns.length === 1 && f.columns[0] === fk.split('.')[1] && ents.has(f.refTable));
  return { entities: lines.join('\n'), relations, recognised: kept.filter((r) => r.fks.every(inDesign)), left };
}
