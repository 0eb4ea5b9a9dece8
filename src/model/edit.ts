/** One click edit of the model (db-change in a terminal): pure; ids are kept, so a rename is recorded by id. */
import type { ColType, Field, Model, Relation } from '../state/model-schema.js';
import { typeText } from './types.js';
import { takesCollation } from './collate.js';
import { valueProblem } from './values.js';
import { entityName, fieldName, recased, tableName } from './naming.js';
import { parseType } from './infer.js';
import { fail } from '../base/errors.js';
import { parseDefault } from './defaults.js';

export type Edit =
  | { kind: 'type'; entity: string; field: string; type: string }
  | { kind: 'nullable'; entity: string; field: string }
  | { kind: 'key'; entity: string; field: string; mode: 'none' | 'index' | 'unique' }
  | { kind: 'renameField'; entity: string; field: string; to: string }
  | { kind: 'dropField'; entity: string; field: string }
  | { kind: 'renameEntity'; entity: string; to: string }
  | { kind: 'dropEntity'; entity: string }
  | { kind: 'checks'; entity: string; field: string; checks: Field['checks']; check?: string } // the rules the field keeps
  | { kind: 'default'; entity: string; field: string; value: string } // 'default(…)' as the language writes it, '' = none
  | { kind: 'onDelete'; relation: number; to: NonNullable<Relation['onDelete']> }
  | { kind: 'relationKind'; relation: number; to: Relation['kind'] }
  | { kind: 'dropRelation'; relation: number };

/** The edited model; a rename keeps the entity's or field's id, which is how db-change knows it is one. */
export interface Edited { model: Model }

const NUMERIC = ['integer', 'bigint', 'decimal'];

function retyped(f: Field, type: ColType): Field {
  const checks = f.checks.filter((c) => c !== 'enum' && (c !== 'nonneg' || NUMERIC.includes(type.kind)) && (c !== 'email' || type.kind === 'string')
    && (c !== 'length' || ((type.kind === 'string' || type.kind === 'char') && !!type.ci)));
  const keep = f.default?.kind === 'value' && !valueProblem(f.default, type, typeText(type)); // only a default the new type holds (issue 21)
  const { default: _, collate, ...rest } = f; // a collation goes with the text types only
  return { ...rest, ...(keep ? { default: f.default } : {}), ...(collate && takesCollation(type) ? { collate } : {}), type, checks: type.kind === 'enum' ? [...checks, 'enum'] : checks, reason: 'typed' };
}

function onField(m: Model, entity: string, field: string, fn: (f: Field) => Field | undefined): Model {
  const e = m.entities.find((x) => x.name === entity);
  if (!e?.fields.some((f) => f.name === field)) fail(`db-change: ${entity} has no field ${field}`);
  return { ...m, entities: m.entities.map((x) => (x !== e ? x : { ...x, fields: x.fields.flatMap((f) => (f.name === field ? fn(f) ?? [] : [f])) })) };
}

/** The relations left when `gone` goes, and the FK fields they kept in their `to` entity. */
function withoutRelations(m: Model, gone: (r: Relation, i: number) => boolean): Model {
  const dropped = m.relations.filter(gone);
  const entities = m.entities.map((e) => ({
    ...e, fields: e.fields.filter((f) => !dropped.some((r) => r.kind !== 'many-to-many' && r.to === e.name && r.column === f.name)),
  }));
  return { ...m, entities, relations: m.relations.filter((r, i) => !gone(r, i)) };
}

export function applyEdit(m: Model, e: Edit): Edited {
  switch (e.kind) {
    case 'type': return { model: onField(m, e.entity, e.field, (f) => retyped(f, parseType(e.type, `${e.entity}.${e.field}`))) };
    case 'nullable': return { model: onField(m, e.entity, e.field, (f) => ({ ...f, nullable: !f.nullable })) };
    case 'key': return { model: onField(m, e.entity, e.field, (f) => ({ ...f, unique: e.mode === 'unique', index: e.mode === 'index' })) };
    case 'dropField': return { model: onField(m, e.entity, e.field, () => undefined) };
    case 'renameField': {
      const to = fieldName(e.to, `${e.entity}: new name`);
      if (m.entities.find((x) => x.name === e.entity)?.fields.some((f) => f.name === to)) fail(`db-change: ${e.entity} has a field ${to} already`);
      const relations = m.relations.map((r) => (r.to === e.entity && r.column === e.field ? { ...r, column: to } : r));
      // a column stored as the field recased (db-import's `Title` for title) follows the new name
      const follow = (f: Field) => (f.column && recased(f.column, f.name, to) ? { column: recased(f.column, f.name, to) } : {});
      return { model: { ...onField(m, e.entity, e.field, (f) => ({ ...f, name: to, ...follow(f) })), relations } };
    }
    case 'renameEntity': {
      const to = entityName(e.to);
      if (m.entities.some((x) => x.name === to)) fail(`db-change: an entity ${to} exists already`);
      const name = (n: string) => (n === e.entity ? to : n);
      // a table named by the user (@table(category)) is theirs and stays; a derived one follows the new name
      const table = (x: Model['entities'][number]) => (x.table === tableName(x.name) ? tableName(to) : x.table);
      return {
        model: {
          ...m,
          entities: m.entities.map((x) => ({ ...x, ...(x.name === e.entity ? { name: to, typed: to, table: table(x) } : {}),
            // a ref(…) field to it names it anew, as its relation does
            fields: x.fields.map((f) => (f.ref?.entity === e.entity ? { ...f, ref: { ...f.ref, entity: to } } : f)) })),
          relations: m.relations.map((r) => ({ ...r, from: name(r.from), to: name(r.to) })),
        },
      };
    }
    case 'dropEntity': {
      const rest = withoutRelations(m, (r) => r.from === e.entity || r.to === e.entity);
      return { model: { ...rest, entities: rest.entities.filter((x) => x.name !== e.entity) } };
    }
    case 'checks': return { model: onField(m, e.entity, e.field, ({ check: _, ...f }) => ({ ...f, checks: e.checks, ...(e.check ? { check: e.check } : {}) })) };
    case 'default': return { model: onField(m, e.entity, e.field, (f) => {
      const { default: _, ...rest } = f;
      const inner = /^default\((.*)\)$/.exec(e.value)?.[1];
      return inner === undefined ? rest : { ...rest, default: parseDefault(inner, f.type, `${e.entity}.${e.field}`) };
    }) };
    case 'onDelete': { // a relation held by a ref(…) field: the field says the new action too
      const r = m.relations[e.relation];
      const held = r.column ? m.entities.find((x) => x.name === r.to)?.fields.find((f) => f.name === r.column && f.ref) : undefined;
      const relations = m.relations.map((x, i) => (i === e.relation ? { ...x, onDelete: e.to } : x));
      return { model: { ...(held ? onField(m, r.to, held.name, (f) => ({ ...f, ref: { ...f.ref!, onDelete: e.to } })) : m), relations } };
    }
    case 'relationKind': return { model: { ...m, relations: m.relations.map((r, i) => (i === e.relation ? { ...r, kind: e.to } : r)) } };
    case 'dropRelation': return { model: withoutRelations(m, (_, i) => i === e.relation) };
  }
}
