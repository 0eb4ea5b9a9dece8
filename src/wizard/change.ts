/**
 * db-change in a terminal, all clicks: pick the entity → a field, a relation or the entity itself →
 * what to change (then db-change previews the pair and its down, to confirm). Drops and lossy changes are
 * confirmed where they show; NOT NULL without a default asks the one-off value for existing rows.
 */
import type { Design } from '../state/design-schema.js';
import type { Model } from '../state/model-schema.js';
import { askType, ON_DELETE } from './change-types.js';
import { askChecks, askEnum } from './change-field.js';
import { defaultChoices, defaultText } from '../model/type-choices.js';
import { typeText } from '../model/types.js';
import { recased, tableName } from '../model/naming.js';
import { applyEdit, type Edit } from '../model/edit.js';
import { planChange } from '../change/plan.js';
import type { ChangeSpec } from '../change/spec.js';
import { fail, isUserError } from '../cli/errors.js';
import { now } from '../core/paths.js';
import { line, say, select, type Inquirer } from './io.js';
import { askContract, confirmData } from './change-steps.js';

const c = (value: string, label: string, hint: string) => ({ value, label, hint });
const typed = (t: string) => (t.trim() ? true : 'type a value');
const FIELD_CHANGES = [
  c('type', 'Type or size', 'string, text, integer, bigint, decimal, boolean, date, datetime, uuid, json'),
  c('nullable', 'NULL allowed or not', 'NOT NULL asks a value for the rows that hold NULL'),
  c('default', 'Default', 'set or remove the value a new row gets when none is given'),
  c('key', 'Unique / index', 'none, an index, or a unique constraint'),
  c('checks', 'Checks', 'add at least 0 or an email shape; drop a check'),
  c('renameField', 'Rename', ''), // renameHint
  c('dropField', 'Drop', 'the column and its values go (the down brings the column back empty)'),
];

/** What a rename does with the physical name: one derived from the name, or the name recased, follows it (RENAME);
 *  one the user chose (@table(tag), column(code_x)) stays, and the rows or values with it. */
type E = Model['entities'][number];
const tableHint = (e: E) => (e.table === tableName(e.name) ? 'the table is renamed with it, its rows kept'
  : `the table keeps its name ${e.table} (its @table) and its rows; names derived from ${e.name} (a junction) follow`);
const columnHint = (f: E['fields'][number]) => (!f.column || recased(f.column, f.name, f.name) ? 'the same data under a new name (the column is renamed)'
  : `the column keeps its name ${f.column} (its column(…)) and its data; only the design's name changes`);

/** A relation's kind and action; `ref(…)` when a field of the child holds it (as the entity lines say it). */
const relHint = (m: Model, r: Model['relations'][number]) => {
  const ref = m.entities.find((e) => e.name === r.to)?.fields.find((f) => f.name === r.column)?.ref;
  return `${r.kind}${r.onDelete ? `, ON DELETE ${r.onDelete}` : ''}${ref ? `, held by ${r.column}:ref(${ref.entity})` : ''}`;
};

async function pickEdit(inq: Inquirer, m: Model, spec: ChangeSpec): Promise<Edit> {
  const entity = await select(inq, 'entity', 'Entity to change', m.entities.map((e) => c(e.name, e.name, `${e.table}: ${e.fields.length} field${e.fields.length === 1 ? '' : 's'}`)));
  const e = m.entities.find((x) => x.name === entity)!;
  const rels = m.relations.map((r, i) => ({ r, i })).filter(({ r }) => r.kind !== 'none' && (r.from === entity || r.to === entity));
  const what = await select(inq, 'target', `What of ${entity}`, [
    ...e.fields.map((f) => c(`f:${f.name}`, f.name, `${f.type.kind}${f.nullable ? ', NULL allowed' : ''}${f.unique ? ', unique' : f.index ? ', index' : ''}`)),
    ...rels.map(({ r, i }) => c(`r:${i}`, `${r.from} → ${r.to}${r.column ? ` (${r.column})` : ''}`, relHint(m, r))),
    c('rename', `Rename ${entity}`, tableHint(e)),
    c('drop', `Drop ${entity}`, 'the table, its rows and its relations go'),
  ]);
  if (what === 'rename') return { kind: 'renameEntity', entity, to: await line(inq, 'to', `New name for ${entity}`, typed) };
  if (what === 'drop') return { kind: 'dropEntity', entity };
  if (what.startsWith('r:')) {
    const relation = Number(what.slice(2));
    const r = m.relations[relation];
    const how = await select(inq, 'how', `${r.from} → ${r.to}`, [
      ...(r.kind === 'one-to-many' ? [c('one-to-one', 'One-to-one (ON DELETE CASCADE, unique)', 'each row at most one')] : []),
      ...(r.kind === 'one-to-one' ? [c('one-to-many', 'One-to-many (ON DELETE RESTRICT)', 'parents with children cannot be deleted')] : []),
      ...(r.kind !== 'many-to-many' ? ON_DELETE.filter((o) => o.value !== `on:${r.onDelete ?? ''}`) : []),
      c('drop', 'Drop the relation', r.kind === 'many-to-many' ? 'the junction table and its rows go' : 'the FK column and its values go'),
    ]);
    if (how.startsWith('on:')) return { kind: 'onDelete', relation, to: how.slice(3) as 'cascade' };
    return how === 'drop' ? { kind: 'dropRelation', relation } : { kind: 'relationKind', relation, to: how as 'one-to-one' | 'one-to-many' };
  }
  const field = what.slice(2);
  const f = e.fields.find((x) => x.name === field)!;
  const enumOne = f.type.kind === 'enum' ? [c('enum', 'Enum values', 'add, rename or remove a value')] : [];
  const changes = FIELD_CHANGES.map((x) => (x.value === 'renameField' ? { ...x, hint: columnHint(f) } : x));
  const kind = await select(inq, 'change', `${entity}.${field}`, [...enumOne, ...changes]);
  if (kind === 'enum') {
    const { type, rename } = await askEnum(inq, entity, f);
    if (rename) spec.renameValues[`${entity}.${field}`] = { [rename[0]]: rename[1] };
    return { kind: 'type', entity, field, type };
  }
  if (kind === 'checks') return askChecks(inq, entity, f);
  if (kind === 'type') return { kind, entity, field, type: await askType(inq, f.type) };
  if (kind === 'default') {
    const now = defaultText(f.default);
    const choices = defaultChoices(typeText(f.type)).map((x) => (x.value === now ? { ...x, hint: `current · ${x.hint}` } : x));
    return { kind, entity, field, value: await select(inq, 'default', `Default of ${entity}.${field}`, choices, now) };
  }
  if (kind === 'key') return { kind, entity, field, mode: await select(inq, 'mode', 'Key', [c('none', 'None', ''), c('index', 'Index', ''), c('unique', 'Unique', '')]) as 'none' };
  if (kind === 'renameField') return { kind, entity, field, to: await line(inq, 'to', `New name for ${entity}.${field}`, typed) };
  return { kind: kind as 'nullable' | 'dropField', entity, field };
}


/** The answers of one click change: the model as it should be and what the spec would say beside it. */
export async function askChange(inq: Inquirer, design: Design, dest: string): Promise<Record<string, unknown>> {
  const spec: ChangeSpec = { relations: [], renames: [], replace: [], allowDestructive: false, backfill: {}, renameValues: {}, contract: false }; // renames: by id
  if (await askContract(inq, design)) return { ...spec, contract: true };
  const edited = applyEdit(design.model!, await pickEdit(inq, design.model!, spec));
  for (;;) {
    try {
      planChange(design, spec, dest, now(), edited.model); // the preview and its confirmation come after (db-change)
      return { ...spec, model: edited.model };
    } catch (e) {
      if (!isUserError(e)) throw e;
      const unfilled = /"backfill": \{"([^"]+)"/.exec(e.message);
      if (unfilled && !spec.backfill[unfilled[1]]) {
        say(e.message);
        spec.backfill[unfilled[1]] = await select(inq, 'nulls', `Rows of ${unfilled[1]} that hold NULL`, [
          c('fill', 'Fill them with a value', 'typed next: the one-off value those rows get'),
          c('fail', 'Stop if there are any', 'the migration fails and changes nothing while a row holds NULL'),
        ]) === 'fail' ? 'fail' : await line(inq, 'backfill', `Value for the rows of ${unfilled[1]} that hold NULL ('text', a number, TRUE/FALSE)`, typed, "''");
      } else if (/allowDestructive/.test(e.message) && !spec.allowDestructive) {
        const sure = await confirmData(inq, e.message.replace(/; confirm with .*$/, ''), dest);
        if (sure === 'no') fail('db-change: cancelled; nothing written');
        if (sure !== 'yes') spec.data = sure;
        spec.allowDestructive = true;
      } else throw e;
    }
  }
}
