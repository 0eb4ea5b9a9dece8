/** Relations: validate against the entities, fold `<entity>_id` fields in, find candidate pairs. */
import type { Entity, Field, Model, Relation } from '../state/model-schema.js';
import { fail } from '../base/errors.js';
import { checkIdent, entityName, snake } from './naming.js';

/** Resolve names, fill default FK columns, add implicit one-to-many for unclaimed `<entity>_id` fields. */
export function resolveRelations(entities: Entity[], given: Relation[], where = 'relations'): Relation[] {
  const names = entities.map((e) => e.name);
  const known = new Set(names);
  const find = (typed: string, i: number, key: string): string => {
    const n = entityName(typed);
    if (!known.has(n)) fail(`${where}[${i}].${key}: unknown entity '${typed}' (entities: ${names.join(', ')})`);
    return n;
  };
  const out = new Relations();
  given.forEach((r, i) => {
    const rel: Relation = { from: find(r.from, i, 'from'), to: find(r.to, i, 'to'), kind: r.kind };
    // a column names a column or a junction: the same rule as a field name (ASCII, so limits in bytes = characters)
    const column = (c: string) => checkIdent(snake(c), `${where}[${i}].column`);
    if (rel.kind === 'one-to-many' || rel.kind === 'one-to-one') {
      rel.column = r.column ? column(r.column) : defaultColumn(rel.from, rel.to);
      if (r.onDelete) rel.onDelete = r.onDelete;
      const clash = out.into(rel.to).find((o) => o.column === rel.column);
      if (clash) fail(`${where}[${i}]: ${rel.to}.${rel.column} is already the FK to ${clash.from} (set "column")`);
    } else if (r.column) rel.column = column(r.column);
    if (r.name !== undefined) {
      if (rel.kind !== 'many-to-many') fail(`${where}[${i}].name names a many-to-many junction; a ${rel.kind} relation is named by its "column"`);
      rel.name = checkIdent(snake(r.name), `${where}[${i}].name`);
    }
    if (r.junction) {
      if (rel.kind !== 'many-to-many') fail(`${where}[${i}].junction describes a many-to-many junction; a ${rel.kind} has none`);
      const cs = r.junction.columns;
      rel.junction = { ...r.junction, ...(cs ? { columns: [column(cs[0]), column(cs[1])] } : {}) };
    }
    if (r.onDelete && rel.kind !== 'one-to-many' && rel.kind !== 'one-to-one') {
      fail(`${where}[${i}].onDelete: only a one-to-many or one-to-one relation has an FK action (a junction's rows always go with either side)`);
    }
    if (rel.kind === 'many-to-many' && out.all.some((o) => o.kind === 'many-to-many' && samePair(o, rel) && o.name === rel.name)) {
      fail(`${where}[${i}]: ${rel.from} and ${rel.to} are many-to-many twice${rel.from === rel.to ? ' (give each a "name", e.g. "vouches")' : ''}`);
    }
    out.push(rel);
  });
  for (const e of entities) {
    for (const f of e.fields) {
      if (f.ref) { refRelation(e, f, names, known, out); continue; }
      if (e.plain?.includes(f.name)) continue; // @plain: a number that links to nothing
      const parent = idFieldTarget(f.name, known);
      if (!parent || (parent === e.name && f.pk)) continue; // `actor_id:integer:pk` in Actor is its own key
      const claimed = out.into(e.name).some((r) => r.column === f.name || (r.kind === 'none' && r.from === parent));
      if (!claimed) out.push({ from: parent, to: e.name, kind: 'one-to-many', column: f.name });
    }
  }
  return out.all;
}

/** The relations so far, and by the entity they point into (each entity's in order): no pass over all per field. */
class Relations {
  readonly all: Relation[] = [];
  private readonly byTo = new Map<string, Relation[]>();
  into(to: string): Relation[] { return this.byTo.get(to) ?? []; }
  push(r: Relation): void {
    this.all.push(r);
    const l = this.byTo.get(r.to);
    if (l) l.push(r); else this.byTo.set(r.to, [r]);
  }
}

/** `field:ref(Entity[, action])`: a one-to-many from Entity held in this field (whatever it is called). */
function refRelation(e: Entity, f: Field, names: string[], known: Set<string>, out: Relations): void {
  const ref = f.ref!;
  if (!known.has(ref.entity)) fail(`${e.name}.${f.name}: ref(${ref.entity}) names an unknown entity (entities: ${names.join(', ')})`);
  const claim = out.into(e.name).find((r) => r.column === f.name);
  if (claim && claim.from === ref.entity && claim.kind !== 'none' && claim.kind !== 'many-to-many') return; // resolved before
  if (claim) fail(`${e.name}.${f.name} has ref(${ref.entity}) and a relation from ${claim.from} names it too; keep one`);
  out.push({ from: ref.entity, to: e.name, kind: 'one-to-many', column: f.name, ...(ref.onDelete ? { onDelete: ref.onDelete } : {}) });
}

export function defaultColumn(from: string, to: string): string {
  return from === to ? `parent_${snake(from)}_id` : `${snake(from)}_id`;
}

function samePair(a: Relation, b: Relation): boolean {
  return (a.from === b.from && a.to === b.to) || (a.from === b.to && a.to === b.from);
}

/** `author_id` → the entity `Author` if there is one. */
export function idFieldTarget(field: string, names: string[] | Set<string>): string | undefined {
  if (!field.endsWith('_id') || field === 'id') return undefined;
  const n = entityName(field.slice(0, -3));
  return (Array.isArray(names) ? names.includes(n) : names.has(n)) ? n : undefined;
}

/** Candidate pairs for the matrix: `x_id` fields, and entities named together in one intake sentence. */
export function candidatePairs(entities: Entity[], intake: string): [string, string][] {
  const names = entities.map((e) => e.name);
  const pairs: [string, string][] = [];
  const add = (a: string, b: string) => {
    if (a !== b && !pairs.some(([x, y]) => (x === a && y === b) || (x === b && y === a))) pairs.push([a, b]);
  };
  for (const e of entities) for (const f of e.fields.filter((x) => !e.plain?.includes(x.name))) {
    const p = idFieldTarget(f.name, names);
    if (p) add(p, e.name);
  }
  for (const sentence of intake.split(/[.!?\n]+/)) {
    const words = new Set(sentence.toLowerCase().match(/[a-z][a-z_]*/g) ?? []);
    const hit = entities.filter((e) => words.has(snake(e.name)) || words.has(e.table) || words.has(snake(e.name).replace(/_/g, '')));
    for (let i = 0; i < hit.length; i++) for (let j = i + 1; j < hit.length; j++) add(hit[i].name, hit[j].name);
  }
  return pairs;
}

/** Entities that take part in no relation (the wizard asks keep / drop / add a relation). */
export function isolated(entities: Entity[], relations: Relation[]): string[] {
  const linked = new Set(relations.filter((r) => r.kind !== 'none').flatMap((r) => [r.from, r.to]));
  return entities.map((e) => e.name).filter((n) => !linked.has(n));
}

/** The relations that link (a `none` relation only documents that two entities are unrelated). */
export const relationCount = (model: Model): number => model.relations.filter((r) => r.kind !== 'none').length;
