/** Phase 2: the entity lines on one screen, then the relations matrix on one screen. */
import type { Spec } from '../state/answers-schema.js';
import type { Entity, Relation } from '../state/model-schema.js';
import { parseEntities } from '../model/parse.js';
import { candidatePairs, idFieldTarget, isolated, resolveRelations } from '../model/relations.js';
import { dropEntity } from '../model/entity-text.js';
import { checkEntityText } from '../model/check-text.js';
import { DEFAULT_DIALECT, dialectOf } from '../dialects/registry.js';
import type { Dialect } from '../dialects/dialect.js';
import { isUserError } from '../cli/errors.js';
import type { Check, Inquirer } from './io.js';
import { fromRelation, type PairRow } from './kinds.js';
import type { MatrixAnswer } from './tty/matrix.js';
import { prompts } from './tty/lazy.js';
import { inPhase, keep } from './tty/session.js';

export const ENTITY_FORMAT = 'One entity a line: `Entity: field, field:type[:modifier…], @directive, …` (3–15 is typical; README: the language)\n' +
  'e.g. Post: title:string(120), body:text, status:enum(draft|published):default(draft), author_id, @index(status, title)';

/** Every line typed so far must parse and compile alone on the chosen engine (its caps): the error shows under
 *  the line, which stays editable. */
export const entityCheck = (d: Dialect): Check => (text) => {
  try { checkEntityText(text, d.caps); return true; } catch (e) { return isUserError(e) ? e.message : String(e); }
};

export async function askEntities(inq: Inquirer | undefined, a: Spec, prefill?: string[]): Promise<Spec> {
  const out = { ...a };
  if (!inq) return out;
  inPhase(2);
  if (out.entities === undefined || prefill) {
    out.entities = await (await prompts()).textLines({ message: 'Entities', intro: ENTITY_FORMAT, prefill, check: entityCheck(dialectOf(out.db ?? DEFAULT_DIALECT)) });
    keep(inq, out);
  }
  if (out.relations === undefined) {
    const entities = parseEntities(out.entities);
    const r = await relationMatrix({ entities, pairs: candidatePairs(entities, out.intake ?? ''), loose: looseIn(entities, []) });
    out.entities = r.drop.reduce(dropEntity, out.entities);
    out.relations = r.relations;
    keep(inq, out);
  }
  return out;
}

/** The entities of `scope` that no relation reaches yet (kept unless dropped in the matrix). */
export const looseIn = (entities: Entity[], before: Relation[], among: Entity[] = entities) => (rels: Relation[]) => {
  try { return isolated(among, resolveRelations(entities, [...before, ...rels])); } catch { return []; }
};

/** What the matrix shows: candidate pairs first (FK hints preselected), earlier answers as they were. */
export interface MatrixScope {
  entities: Entity[]; pairs: [string, string][]; loose: (rels: Relation[]) => string[];
  prior?: Relation[]; needOne?: boolean;
}

const samePair = (r: Relation, x: string, y: string) => (r.from === x && r.to === y) || (r.from === y && r.to === x);

/** The relations `ref(…)` fields hold, as read-only rows labelled by their FK column (the entity lines say them). */
const refRows = (entities: Entity[]): PairRow[] => entities.flatMap((e) => e.fields.flatMap((f) => (f.ref ? [{
  a: f.ref.entity, b: e.name, kind: 'a-b', column: f.name, ...(f.ref.onDelete ? { onDelete: f.ref.onDelete } : {}), held: `${e.name}.${f.name}:ref(${f.ref.entity})`,
}] : [])));

/** One screen: the relations and the entities to drop. db-entity and db-relation ask it too. */
export async function relationMatrix(scope: MatrixScope): Promise<MatrixAnswer> {
  const { entities } = scope;
  const names = entities.map((e) => e.name);
  const prior = scope.prior ?? [];
  const rows: (PairRow & { why?: string })[] = scope.pairs.map(([x, y]) => {
    const child = entities.find((e) => e.name === y)!;
    const fk = child.fields.find((f) => !f.ref && !child.plain?.includes(f.name) && idFieldTarget(f.name, names) === x);
    const hint: PairRow & { why: string } = fk ? { a: x, b: y, kind: 'a-b', column: fk.name, why: `hinted by ${y}.${fk.name}` } : { a: x, b: y, kind: 'none', why: 'named together in your description' };
    const had = prior.find((r) => samePair(r, x, y));
    if (!had) return hint;
    const row = fromRelation(had, x, y); // as answered; the hinted FK column if it named none
    return { ...row, column: row.column ?? hint.column, why: hint.why };
  });
  for (const r of prior) if (!scope.pairs.some(([x, y]) => samePair(r, x, y))) rows.push(fromRelation(r, r.from, r.to));
  rows.push(...refRows(entities));
  return (await prompts()).matrix({ entities: names, rows, loose: scope.loose, needOne: scope.needOne });
}
