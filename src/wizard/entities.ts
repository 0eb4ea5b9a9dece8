/** Phase 2: entity lines, then one select per candidate pair, then what to do with isolated entities. */
import type { Spec } from '../state/answers-schema.js';
import type { Entity, Relation } from '../state/model-schema.js';
import pluralize from 'pluralize';
import { parseEntities } from '../model/parse.js';
import { candidatePairs, idFieldTarget, isolated, resolveRelations } from '../model/relations.js';
import { dropEntity } from '../model/entity-text.js';
import { checkEntityText } from '../model/check-text.js';
import { dialectOf } from '../dialects/registry.js';
import { isUserError } from '../cli/errors.js';
import { lines, select, say, type Check, type Inquirer } from './io.js';

const an = (w: string) => `${/^[AEIOU]/.test(w) ? 'an' : 'a'} ${w}`;
const many = (w: string) => pluralize.plural(w);

const KIND = (a: string, b: string) => [
  { value: 'none', label: 'None', hint: 'no link between them' },
  { value: 'one-to-one', label: 'One-to-one', hint: `each ${b} belongs to exactly one ${a} (UNIQUE FK, cascade)` },
  { value: 'a-b', label: `One-to-many (${a}→${b})`, hint: `${an(a)} has many ${many(b)}; ${b} holds the FK` },
  { value: 'b-a', label: `One-to-many (${b}→${a})`, hint: `${an(b)} has many ${many(a)}; ${a} holds the FK` },
  { value: 'many-to-many', label: 'Many-to-many', hint: `${many(a)} ↔ ${many(b)} through a junction table (both FKs cascade)` },
];

export const ENTITY_FORMAT = 'Entities, one per line: `Entity: field, field:type[:modifier…], @directive, …` (README: the language)\n' +
  '  e.g. Post: title:string(120), body:text, status:enum(draft|published):default(draft), author_id, @index(status, title)';

/** Every line typed so far must parse and compile alone: the error shows under the prompt and the line stays editable. */
export const entityCheck: Check = (text) => {
  try { checkEntityText(text, dialectOf('postgres').caps); return true; } catch (e) { return isUserError(e) ? e.message : String(e); }
};

export async function askEntities(inq: Inquirer | undefined, a: Spec): Promise<Spec> {
  const out = { ...a };
  if (out.entities === undefined && inq) {
    say(ENTITY_FORMAT);
    out.entities = await lines(inq, 'entities', 'Entity line', { check: entityCheck });
  }
  while (out.relations === undefined && inq) {
    const r = await matrix(inq, out);
    if (typeof r === 'string') out.entities = dropEntity(out.entities!, r);
    else out.relations = r;
  }
  return out;
}

async function pairKind(inq: Inquirer, a: string, b: string, def: string): Promise<Relation> {
  const v = await select(inq, 'relation', `${a} ↔ ${b}`, KIND(a, b), def);
  if (v === 'a-b') return { from: a, to: b, kind: 'one-to-many' };
  if (v === 'b-a') return { from: b, to: a, kind: 'one-to-many' };
  return { from: a, to: b, kind: v as Relation['kind'] };
}

/** What the matrix asks about: candidate pairs first, any pair on request; `loose` entities are offered Done / Drop. */
export interface MatrixScope { entities: Entity[]; pairs: [string, string][]; loose: (rels: Relation[]) => string[] }

async function matrix(inq: Inquirer, a: Spec): Promise<Relation[] | string> {
  const entities = parseEntities(a.entities!);
  const loose = (rels: Relation[]) => isolated(entities, resolveRelations(entities, rels));
  return relationMatrix(inq, { entities, pairs: candidatePairs(entities, a.intake ?? ''), loose });
}

/** The relations, or the name of an entity to drop (the matrix is then asked again without it). db-entity asks it too. */
export async function relationMatrix(inq: Inquirer, scope: MatrixScope): Promise<Relation[] | string> {
  const { entities } = scope;
  const names = entities.map((e) => e.name);
  const rels: Relation[] = [];
  for (const [x, y] of scope.pairs) {
    const child = entities.find((e) => e.name === y)!;
    const fk = child.fields.find((f) => idFieldTarget(f.name, names) === x);
    const r = await pairKind(inq, x, y, fk ? 'a-b' : 'none');
    rels.push(fk && r.kind === 'one-to-many' && r.to === y ? { ...r, column: fk.name } : r);
  }
  for (;;) {
    const loose = scope.loose(rels);
    const more = await select(inq, 'more', loose.length ? `No relation yet: ${loose.join(', ')}` : 'Relations', [
      { value: 'done', label: 'Done', hint: loose.length ? 'keep them as standalone tables' : 'the matrix is complete' },
      { value: 'add', label: 'Add a relation', hint: 'pick any two entities (or one entity twice for a self-reference)' },
      ...loose.map((n) => ({ value: `drop:${n}`, label: `Drop ${n}`, hint: 'remove this entity from the design' })),
    ]);
    if (more === 'done') return rels;
    if (more.startsWith('drop:')) return more.slice(5);
    const pick = (msg: string) => select(inq, 'entity', msg, names.map((n) => ({ value: n, label: n, hint: entities.find((e) => e.name === n)!.table })));
    const x = await pick('First entity');
    const y = await pick('Second entity');
    rels.push(await pairKind(inq, x, y, 'a-b'));
  }
}
