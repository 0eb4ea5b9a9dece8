/** The review's revisions: entity lines (prefilled), the relations matrix (as answered), a field's type (with
 *  common sizes), NULL-ness and default (the ones the type takes), a field's index. */
import type { Answers, Spec } from '../state/answers-schema.js';
import { buildModel } from '../core/design.js';
import { entityLines, parseEntities } from '../model/parse.js';
import { dropEntity, setFieldIndex, setFieldOptional, setFieldType } from '../model/entity-text.js';
import { candidatePairs } from '../model/relations.js';
import { defaultChoices, defaultText, typeChoices } from '../model/type-choices.js';
import { typeText } from '../model/types.js';
import { askEntities, looseIn, relationMatrix } from './entities.js';
import { select, type Inquirer } from './io.js';
import { prompts } from './tty/lazy.js';
import { grow, sayHeader } from './tty/session.js';


export async function revise(inq: Inquirer, a: Spec, what: string): Promise<Spec> {
  if (what === 'entities') {
    const next = await askEntities(inq, { ...a }, entityLines(a.entities!));
    const names = (t: string) => parseEntities(t).map((e) => e.name).sort().join(',');
    if (names(next.entities!) === names(a.entities!)) return next;
    grow(1); // other entities: the matrix again
    return reviseRelations({ ...next, relations: (a.relations ?? []).filter((r) => parseEntities(next.entities!).some((e) => e.name === r.from)) });
  }
  if (what === 'relations') return reviseRelations(a);
  const model = buildModel(a as Answers);
  const fields = model.entities.flatMap((e) => e.fields.map((f) => ({ value: `${e.name}.${f.name}`, label: `${e.name}.${f.name}`,
    hint: `${typeText(f.type)}${f.nullable ? ', NULL allowed' : ''}${f.unique ? ', unique' : f.index ? ', index' : ''} (${f.reason})` })));
  if (!fields.length) return a;
  sayHeader();
  const [entity, field] = (await select(inq, 'field', what === 'types' ? 'Which field? (type, NULL)' : 'Which field? (index)', fields)).split('.');
  const f = model.entities.find((e) => e.name === entity)!.fields.find((x) => x.name === field)!;
  if (what === 'types') {
    const types = typeChoices(f.type); // sizes offered (string(40), char(2), decimal(10,2) …), the current type marked
    const current = types.find((t) => t.hint.startsWith('current'))!.value;
    const now = defaultText(f.default, f.type);
    const rows = [
      { key: 'type', label: 'Type', choices: types, value: current },
      { key: 'null', label: 'NULL', value: f.nullable ? 'optional' : 'required', choices: [
        { value: 'required', label: 'required', hint: 'NOT NULL: every row has a value' },
        { value: 'optional', label: 'optional', hint: 'NULL allowed' }] },
      { key: 'default', label: 'Default', value: now, choices: (v: Record<string, string>) => // the defaults the chosen type takes
        (v.type === current && now ? [{ value: now, label: now, hint: 'as now' }, ...defaultChoices(v.type).filter((c) => c.value !== now)] : defaultChoices(v.type)) },
    ];
    const v = await (await prompts()).form({ message: `${entity}.${field}`, rows, submit: 'Apply' });
    const typed = v.type === current && v.default === now ? a.entities! : setFieldType(a.entities!, entity, field, v.type, v.default);
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
