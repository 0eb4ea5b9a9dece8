/**
 * The evolving generators' questions: new entity lines (db-entity) or new fields (db-field), checked
 * line by line against the design; then the relations matrix over new and existing entities
 * (candidate pairs first, any pair on request), the same matrix db-schema asks.
 */
import type { Design } from '../state/design-schema.js';
import type { Relation } from '../state/model-schema.js';
import { parseEntities } from '../model/parse.js';
import { candidatePairs, isolated, resolveRelations } from '../model/relations.js';
import { dropEntity } from '../model/entity-text.js';
import { fail, isUserError } from '../cli/errors.js';
import { lines, say, type Check, type Inquirer } from '../wizard/io.js';
import { ENTITY_FORMAT, relationMatrix } from '../wizard/entities.js';
import { addEntities, addFields } from './additions.js';

export interface Given { entities?: string; relations?: Relation[] }

const checkWith = (fn: (text: string) => unknown): Check => (text) => {
  try { fn(text); return true; } catch (e) { return isUserError(e) ? e.message : String(e); }
};

const existing = (d: Design) => `Existing: ${d.model!.entities.map((e) => `${e.name} (${e.table})`).join(', ')}`;

export async function askNewEntities(inq: Inquirer | undefined, design: Design, given: Given): Promise<Given> {
  const model = design.model!;
  let entities = given.entities;
  if (entities === undefined && inq) {
    say(`${ENTITY_FORMAT}\n${existing(design)}`);
    entities = await lines(inq, 'entities', 'New entity line', { check: checkWith((t) => addEntities(model, design.schema!, t, [])) });
  }
  let relations = given.relations;
  while (relations === undefined && inq && entities !== undefined) {
    const added = parseEntities(entities, model.entities.map((e) => e.name));
    const all = [...model.entities, ...added];
    const fresh = added.map((e) => e.name);
    const r = await relationMatrix(inq, {
      entities: all,
      pairs: candidatePairs(all, design.answers.intake ?? '').filter(([a, b]) => fresh.includes(a) || fresh.includes(b)),
      loose: (rels) => isolated(added, resolveRelations(all, [...model.relations, ...rels])),
    });
    if (typeof r !== 'string') relations = r;
    else if (!(entities = dropEntity(entities, r)).trim()) fail('db-entity: every new entity was dropped; nothing written');
  }
  return { entities, relations: relations ?? [] };
}

export async function askNewRelations(inq: Inquirer | undefined, design: Design, given: Given): Promise<Given> {
  if (given.relations !== undefined || !inq) return given;
  const model = design.model!;
  const related = (a: string, b: string) => model.relations.some((r) => (r.from === a && r.to === b) || (r.from === b && r.to === a));
  const r = await relationMatrix(inq, {
    entities: model.entities,
    pairs: candidatePairs(model.entities, design.answers.intake ?? '').filter(([a, b]) => !related(a, b)),
    loose: () => [],
  });
  return { relations: typeof r === 'string' ? [] : r };
}

export async function askNewFields(inq: Inquirer | undefined, design: Design, given: Given): Promise<Given> {
  if (given.entities !== undefined || !inq) return given;
  say(`New fields, one entity a line: \`Entity: field, field:type[:modifier…], …\` (the entity language: README)\n${existing(design)}`);
  return { entities: await lines(inq, 'entities', 'Entity: new fields', { check: checkWith((t) => addFields(design.model!, t)) }) };
}
