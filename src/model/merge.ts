/**
 * The design model plus what a later generator adds: new entities (db-entity), new relations
 * (db-relation), new fields of existing entities (db-field). Relations are resolved against every
 * entity; an FK column that lands in an existing table is NULLable there, recorded as an explicit
 * field so every later compile gives the same column.
 */
import type { Entity, Field, Model, Relation } from '../state/model-schema.js';
import { resolveRelations } from '../model/relations.js';
import { fail } from '../base/errors.js';
import { assignIds } from '../model/ids.js';

export interface Merged {
  model: Model;
  added: Entity[];                    // new entities
  relations: Relation[];              // new relations (resolved)
  widened: { entity: string; table: string; column: string; ref: string }[]; // nullable FK columns in existing tables
  fields: { entity: string; table: string; field: Field }[];               // db-field additions
}

const FK_KINDS = ['one-to-many', 'one-to-one'];

export function nullableFk(column: string, ref: string): Field {
  return {
    name: column, type: { kind: 'key' }, nullable: true, unique: false, index: false, checks: [],
    reason: `relation to ${ref} added after the table existed: NULL allowed (existing rows)`,
  };
}

/** Relations of `model` plus `given`, resolved over `entities`; returns the new ones only. */
export function newRelations(model: Model, entities: Entity[], given: Relation[]): Relation[] {
  resolveRelations(entities, given); // names and columns checked with the caller's own indexes
  const all = resolveRelations(entities, [...model.relations, ...given], 'relations (with the existing ones)');
  return all.slice(model.relations.length);
}

export interface Additions {
  entities?: Entity[];                            // new entities
  fields?: { entity: string; field: Field }[];    // new fields of existing entities
  relations?: Relation[];                         // as given (resolved here)
  renamed?: Model['renamed'];
}

/** Add entities, fields and relations to the model; FK columns into existing tables become nullable fields. */
export function merge(model: Model, add: Additions): Merged {
  const added = add.entities ?? [];
  const newFields = add.fields ?? [];
  const patched = [...model.entities, ...added].map((e) => ({
    ...e, fields: [...e.fields, ...newFields.filter((f) => f.entity === e.name).map((f) => f.field)],
  }));
  const fresh = newRelations(model, patched, add.relations ?? []);
  const old = new Map(model.entities.map((e) => [e.name, e]));
  const widened: Merged['widened'] = [];
  for (const r of fresh) {
    const before = old.get(r.to);
    if (!FK_KINDS.includes(r.kind) || !before) continue;
    const column = r.column!;
    if (newFields.some((f) => f.entity === r.to && f.field.name === column)) continue;
    if (before.fields.some((f) => f.name === column)) {
      fail(`relations: ${r.to}.${column} exists already as a plain column; a FK on an existing column is not supported ` +
        `(name a new column with "column", or keep it plain with {"from": "${r.from}", "to": "${r.to}", "kind": "none"})`);
    }
    const holder = patched.find((e) => e.name === r.to)!;
    holder.fields.push(nullableFk(column, r.from));
    widened.push({ entity: r.to, table: holder.table, column, ref: r.from });
  }
  const tableOf = (name: string) => patched.find((e) => e.name === name)!.table;
  return {
    model: assignIds({ entities: patched, relations: [...model.relations, ...fresh], renamed: [...model.renamed, ...(add.renamed ?? [])] }),
    added, relations: fresh, widened,
    fields: newFields.map((f) => ({ ...f, table: tableOf(f.entity) })),
  };
}
