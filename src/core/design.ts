/** From answers to the model and the compiled schema (pure). */
import type { Answers } from '../state/answers-schema.js';
import type { Model } from '../state/model-schema.js';
import type { Schema } from '../state/physical-schema.js';
import { parseEntities } from '../model/parse.js';
import { resolveRelations } from '../model/relations.js';
import { compile } from '../model/compile.js';
import { dialectOf } from '../dialects/registry.js';
import { assignIds } from '../model/ids.js';
import { keepNames } from '../model/kept-names.js';


export function buildModel(a: Pick<Answers, 'entities' | 'relations'>): Model {
  const entities = parseEntities(a.entities);
  const relations = resolveRelations(entities, a.relations ?? []);
  const renamed = entities.filter((e) => e.typed !== e.name).map((e) => ({ typed: e.typed, name: e.name }));
  return assignIds({ entities, relations, renamed });
}

export function compileFor(model: Model, a: Pick<Answers, 'db' | 'scale'> & Partial<Pick<Answers, 'timestamps' | 'timezone' | 'names'>>): Schema {
  const opts = { caps: dialectOf(a.db).caps, softDelete: a.scale === 'multi-replica', timestamps: a.timestamps, timezone: a.timezone };
  return keepNames(compile(model, opts), a.names);
}

/** `*_id` fields that link to nothing (no entity of that name, no relation naming the column): worth a note. */
export function unlinkedIdFields(model: Model): string[] {
  const linked = new Set(model.relations.filter((r) => r.kind !== 'none' && r.column !== undefined).map((r) => `${r.to}\0${r.column}`));
  return model.entities.flatMap((e) => e.fields
    .filter((f) => f.type.kind === 'key' && !e.plain?.includes(f.name) && !linked.has(`${e.name}\0${f.name}`))
    .map((f) => `${e.name}.${f.name} is a key-typed column with no FK (no entity or relation names it); add a relation with "column": "${f.name}" to link it, or say @plain(${f.name})`));
}
