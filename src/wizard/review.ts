/** Phase 3: show the DDL (first ~40 lines), then accept or revise; at most 3 revisions. */
import type { Answers, Spec } from '../state/answers-schema.js';
import { buildModel, compileFor } from '../core/design.js';
import { schemaSql } from '../render/sql-files.js';
import { dialectOf } from '../dialects/registry.js';
import { isoDate, now } from '../core/paths.js';
import { setFieldIndex, setFieldType } from '../model/entity-text.js';
import { defaultChoices, typeChoices } from '../model/type-choices.js';
import { fail, isUserError } from '../cli/errors.js';
import { parseEntities, entityLines } from '../model/parse.js';
import { typeText } from '../model/types.js';
import { askEntities, entityCheck } from './entities.js';
import { lines, select, say, type Inquirer } from './io.js';

export const MAX_REVISIONS = 3;

export function previewSql(a: Spec): string {
  const full = a as Answers;
  const model = buildModel(full);
  return schemaSql(dialectOf(full.db), model, compileFor(model, full), { date: isoDate(now()), orm: full.orm, style: full.style });
}

export async function askReview(inq: Inquirer | undefined, a: Spec): Promise<Spec> {
  if (a.review !== undefined || !inq) return a;
  let out = { ...a };
  for (let round = 0; ; round++) {
    const sql = previewSql(out);
    const all = sql.split('\n');
    say(`${all.slice(0, 40).join('\n')}\n${all.length > 40 ? '…\n' : ''}db/schema.sql:${all.length - 1}`);
    const limit = round >= MAX_REVISIONS;
    const choice = await select(inq, 'review', limit ? `${MAX_REVISIONS} revisions done` : 'Review the DDL', limit ? [
      { value: 'accept-as-is', label: 'Accept as is', hint: 'write it; refine later with db-entity' },
      { value: 'stop', label: 'Stop', hint: 'write nothing' },
    ] : [
      { value: 'accept', label: 'Accept', hint: 'write schema, migrations and secrets template' },
      { value: 'entities', label: 'Revise entities', hint: 'type the entity lines again' },
      { value: 'types', label: 'Revise types', hint: 'pick a field and a type' },
      { value: 'indexes', label: 'Revise indexes', hint: 'pick a field: none / index / unique' },
    ]);
    if (choice === 'stop') fail('review: stopped at the DDL review; nothing was written');
    if (choice === 'accept' || choice === 'accept-as-is') return { ...out, review: choice };
    const next = await revise(inq, out, choice);
    try {
      previewSql(next);
      out = next;
    } catch (e) {
      if (!isUserError(e)) throw e;
      say(`! ${e.message}\n  (that revision is not applied)`);
    }
  }
}

async function revise(inq: Inquirer, a: Spec, what: string): Promise<Spec> {
  if (what === 'entities') {
    say('Each entity line comes back editable; then add lines, a blank line ends.');
    const text = await lines(inq, 'entities', 'Entity line', { prefill: entityLines(a.entities!), check: entityCheck });
    const names = (t: string) => parseEntities(t).map((e) => e.name).sort().join(',');
    // Other entities: the relations matrix is asked again for the new set.
    if (names(text) === names(a.entities!)) return { ...a, entities: text };
    return askEntities(inq, { ...a, entities: text, relations: undefined });
  }
  const model = buildModel(a as Answers);
  const fields = model.entities.flatMap((e) => e.fields.map((f) => ({ value: `${e.name}.${f.name}`, label: `${e.name}.${f.name}`, hint: `${typeText(f.type)}${f.unique ? ', unique' : f.index ? ', index' : ''} (${f.reason})` })));
  if (!fields.length) return a;
  const [entity, field] = (await select(inq, 'field', 'Which field?', fields)).split('.');
  if (what === 'types') {
    const choices = typeChoices(model.entities.find((e) => e.name === entity)!.fields.find((f) => f.name === field)!.type);
    const type = await select(inq, 'type', `Type of ${entity}.${field}`, choices, choices.find((c) => c.hint.startsWith('current'))!.value);
    const dflt = await select(inq, 'default', `Default of ${entity}.${field}`, defaultChoices(type));
    return { ...a, entities: setFieldType(a.entities!, entity, field, type, dflt) };
  }
  const mode = await select(inq, 'index', `Index on ${entity}.${field}`, [
    { value: 'none', label: 'None', hint: 'no index (FK columns keep theirs)' },
    { value: 'index', label: 'Index', hint: 'speeds up lookups and sorting' },
    { value: 'unique', label: 'Unique', hint: 'one row per value' },
  ]);
  return { ...a, entities: setFieldIndex(a.entities!, entity, field, mode as 'none' | 'index' | 'unique') };
}
