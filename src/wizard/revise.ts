/** The review's revisions: entity lines (prefilled), the relations matrix (as answered), a field's type and
 *  NULL-ness (each type with a description), a field's index. */
import type { Answers, Spec } from '../state/answers-schema.js';
import { buildModel } from '../core/design.js';
import { parseEntities } from '../model/parse.js';
import { dropEntity, setFieldIndex, setFieldOptional, setFieldType } from '../model/entity-text.js';
import { candidatePairs } from '../model/relations.js';
import { askEntities, looseIn, relationMatrix } from './entities.js';
import { select, type Inquirer } from './io.js';
import { prompts } from './tty/lazy.js';
import { grow, sayHeader } from './tty/session.js';

export const TYPE_HINTS: Record<string, string> = {
  string: 'short text, VARCHAR(255): names, titles, codes',
  text: 'text of any length: bodies, notes',
  integer: 'whole number, 32-bit: counts, positions',
  bigint: 'whole number, 64-bit: large counters, external ids',
  decimal: 'exact number NUMERIC(18,2): money, measures',
  boolean: 'true / false flags',
  date: 'a calendar day, no time',
  datetime: 'a point in time (timestamp with time zone where the engine has it)',
  uuid: 'a 128-bit unique id',
  json: 'structured document (JSONB on PostgreSQL)',
};

const asType = (kind: string) => ({ timestamp: 'datetime', key: 'bigint' } as Record<string, string>)[kind] ?? kind;

export async function revise(inq: Inquirer, a: Spec, what: string): Promise<Spec> {
  if (what === 'entities') {
    const next = await askEntities(inq, { ...a }, a.entities!.split(/\r?\n|;/));
    const names = (t: string) => parseEntities(t).map((e) => e.name).sort().join(',');
    if (names(next.entities!) === names(a.entities!)) return next;
    grow(1); // other entities: the matrix again
    return reviseRelations({ ...next, relations: (a.relations ?? []).filter((r) => parseEntities(next.entities!).some((e) => e.name === r.from)) });
  }
  if (what === 'relations') return reviseRelations(a);
  const model = buildModel(a as Answers);
  const fields = model.entities.flatMap((e) => e.fields.map((f) => ({ value: `${e.name}.${f.name}`, label: `${e.name}.${f.name}`,
    hint: `${asType(f.type.kind)}${f.nullable ? ', NULL allowed' : ''}${f.unique ? ', unique' : f.index ? ', index' : ''} (${f.reason})` })));
  if (!fields.length) return a;
  sayHeader();
  const [entity, field] = (await select(inq, 'field', what === 'types' ? 'Which field? (type, NULL)' : 'Which field? (index)', fields)).split('.');
  const f = model.entities.find((e) => e.name === entity)!.fields.find((x) => x.name === field)!;
  if (what === 'types') {
    const types = Object.entries(TYPE_HINTS).map(([value, hint]) => ({ value, label: value, hint }));
    const current = asType(f.type.kind);
    const rows = [
      { key: 'type', label: 'Type', choices: types.some((t) => t.value === current) ? types : [{ value: current, label: current, hint: 'as typed' }, ...types], value: current },
      { key: 'null', label: 'NULL', value: f.nullable ? 'optional' : 'required', choices: [
        { value: 'required', label: 'required', hint: 'NOT NULL: every row has a value' },
        { value: 'optional', label: 'optional', hint: 'NULL allowed' }] },
    ];
    const v = await (await prompts()).form({ message: `${entity}.${field}`, rows, submit: 'Apply' });
    const typed = v.type === current ? a.entities! : setFieldType(a.entities!, entity, field, v.type);
    return { ...a, entities: setFieldOptional(typed, entity, field, v.null === 'optional') };
  }
  sayHeader();
  const mode = await select(inq, 'index', `Index on ${entity}.${field}`, [
    { value: 'none', label: 'None', hint: 'no index (FK columns keep theirs)' },
    { value: 'index', label: 'Index', hint: 'speeds up lookups and sorting' },
    { value: 'unique', label: 'Unique', hint: 'one row per value' },
  ], f.unique ? 'unique' : f.index ? 'index' : 'none');
  return { ...a, entities: setFieldIndex(a.entities!, entity, field, mode as 'none' | 'index' | 'unique') };
}

async function reviseRelations(a: Spec): Promise<Spec> {
  const entities = parseEntities(a.entities!);
  const r = await relationMatrix({ entities, pairs: candidatePairs(entities, a.intake ?? ''), loose: looseIn(entities, []), prior: a.relations ?? [] });
  return { ...a, entities: r.drop.reduce(dropEntity, a.entities!), relations: r.relations };
}
