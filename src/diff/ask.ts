/**
 * The evolving generators' questions: new entity lines (db-entity) or new fields (db-field), checked
 * line by line against the design; then the relations matrix over new and existing entities
 * (candidate pairs first, any pair on request), the same matrix db-schema asks.
 */
import type { Design } from '../state/design-schema.js';
import type { Relation } from '../state/model-schema.js';
import { parseEntities } from '../model/parse.js';
import { candidatePairs } from '../model/relations.js';
import { dropEntity } from '../model/entity-text.js';
import { fail, isUserError } from '../cli/errors.js';
import { lines, type Check, type Inquirer } from '../wizard/io.js';
import { inPhase } from '../wizard/tty/session.js';
import { ENTITY_FORMAT, looseIn, relationMatrix } from '../wizard/entities.js';
import { addEntities, addFields } from './additions.js';

export interface Given { entities?: string; relations?: Relation[] }

const checkWith = (fn: (text: string) => unknown): Check => (text) => {
  try { fn(text); return true; } catch (e) { return isUserError(e) ? e.message : String(e); }
};

const existing = (d: Design) => `Existing: ${d.model!.entities.map((e) => `${e.name} (${e.table})`).join(', ')}`;

export async function askNewEntities(inq: Inquirer | undefined, design: Design, given: Given): Promise<Given> {
  const model = design.model!;
  inPhase(2);
  let entities = given.entities;
  if (entities === undefined && inq) {
    const intro = `${ENTITY_FORMAT}\n${existing(design)}`;
    entities = await lines('New entities', { intro, check: checkWith((t) => addEntities(model, design.schema!, t, [])) });
  }
  let relations = given.relations;
  if (relations === undefined && inq && entities !== undefined) {
    const added = parseEntities(entities, model.entities.map((e) => e.name));
    const all = [...model.entities, ...added];
    const fresh = added.map((e) => e.name);
    const r = await relationMatrix({
      entities: all,
      pairs: candidatePairs(all, design.answers.intake ?? '').filter(([a, b]) => fresh.includes(a) || fresh.includes(b)),
      loose: looseIn(all, model.relations, added),
    });
    relations = r.relations;
    if (!(entities = r.drop.reduce(dropEntity, entities)).trim()) fail('db-entity: every new entity was dropped; nothing written');
  }
  return { entities, relations: relations ?? [] };
}

export async function askNewRelations(inq: Inquirer | undefined, design: Design, given: Given): Promise<Given> {
  if (given.relations !== undefined || !inq) return given;
  const model = design.model!;
  inPhase(2);
  const related = (a: string, b: string) => model.relations.some((r) => (r.from === a && r.to === b) || (r.from === b && r.to === a));
  const r = await relationMatrix({
    entities: model.entities,
    pairs: candidatePairs(model.entities, design.answers.intake ?? '').filter(([a, b]) => !related(a, b)),
    loose: () => [],
    needOne: true,
  });
  return { relations: r.relations.filter((x) => x.kind !== 'none') };
}

export async function askNewFields(inq: Inquirer | undefined, design: Design, given: Given): Promise<Given> {
  if (given.entities !== undefined || !inq) return given;
  inPhase(2);
  const intro = `One entity a line: \`Entity: field, field:type[:modifier…], …\` (the entity language: README; NULL allowed or a default: rows may exist)\n${existing(design)}`;
  return { entities: await lines('New fields', { intro, check: checkWith((t) => addFields(design.model!, t)) }) };
}
