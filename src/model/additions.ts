/** What each evolving generator adds, parsed and checked against the design (one line on any problem). */
import type { Model, Relation } from '../state/model-schema.js';
import type { Schema } from '../state/physical-schema.js';
import { parseEntities, AUTO_FIELDS } from './parse.js';
import { fail } from '../base/errors.js';
import { tableName } from '../model/naming.js';
import { merge, type Merged } from './merge.js';

const describeTable = (s: Schema, name: string) => {
  const t = s.tables.find((x) => x.name === name);
  return t ? (t.entity ? `the table of ${t.entity}` : 'a junction table') : undefined;
};

/** db-entity: new entity lines (Phase 2 syntax) and relations among new and existing entities. */
export function addEntities(model: Model, schema: Schema, entities: string, relations: Relation[]): Merged {
  const added = parseEntities(entities, model.entities.map((e) => e.name));
  if (added.length === 0) fail('entities: no new entity given (one per line, e.g. "Comment: body:text, post_id")');
  for (const e of added) {
    const taken = describeTable(schema, e.table);
    if (taken) fail(`entities line ${e.line}: table '${e.table}' of ${e.name} exists already (${taken})`);
  }
  const renamed = added.filter((e) => e.typed !== e.name).map((e) => ({ typed: e.typed, name: e.name }));
  return merge(model, { entities: added, relations, renamed });
}

/** db-relation: relations between entities that exist already. */
export function addRelations(model: Model, relations: Relation[]): Merged {
  if (relations.length === 0) fail('relations: no relation given (e.g. [{"from": "Author", "to": "Book", "kind": "one-to-many"}])');
  const m = merge(model, { relations });
  if (!m.relations.some((r) => r.kind !== 'none')) fail('relations: nothing new to add (every relation given is "none" or exists already)');
  return m;
}

/** db-field: lines `Entity: field, field:type[:modifier…]` naming entities that exist already. */
export function addFields(model: Model, text: string): Merged {
  const names = model.entities.map((e) => e.name);
  const parsed = parseEntities(text);
  const fields: { entity: string; field: Model['entities'][number]['fields'][number] }[] = [];
  for (const e of parsed) {
    const where = `entities line ${e.line}`;
    const old = model.entities.find((x) => x.name === e.name);
    if (!old) fail(`${where}: unknown entity '${e.typed}' (entities: ${names.join(', ')}); add new entities with \`npx plop db-entity\``);
    const directive = e.pk ? '@pk' : e.uniques ? '@unique' : e.indexes ? '@index' : e.timestamps ? '@timestamps' : e.softDelete ? '@soft-delete (deleted_at)' : e.table !== tableName(e.name) ? '@table' : '';
    if (directive) fail(`${where} (${e.name}): ${directive} changes the table itself; db-field adds fields only (write that migration by hand)`);
    if (e.fields.length === 0) fail(`${where} (${e.name}): no field given (e.g. "${e.name}: subtitle:optional")`);
    for (const f of e.fields) {
      if (old.fields.some((x) => x.name === f.name) || AUTO_FIELDS.includes(f.name)) fail(`${where}: ${e.name}.${f.name} exists already`);
      if (!f.nullable && !f.default) {
        fail(`${where}: ${e.name}.${f.name} is NOT NULL without a default and ${old.table} may hold rows; add :optional (or give it a type with a default)`);
      }
      fields.push({ entity: e.name, field: f });
    }
  }
  return merge(model, { fields });
}
