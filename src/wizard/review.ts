/** Phase 3: show the DDL (first ~40 lines), then accept or revise; at most 3 revisions. */
import type { Answers, Spec } from '../state/answers-schema.js';
import { buildModel, compileFor } from '../core/design.js';
import { schemaSql } from '../render/sql-files.js';
import { dialectOf } from '../dialects/registry.js';
import { isoDate, now } from '../core/paths.js';
import { setFieldIndex, setFieldType } from '../model/entity-text.js';
import { TYPES } from '../model/infer.js';
import { fail } from '../cli/errors.js';
import { input, select, say, type Inquirer } from './io.js';

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
    out = await revise(inq, out, choice);
  }
}

async function revise(inq: Inquirer, a: Spec, what: string): Promise<Spec> {
  if (what === 'entities') {
    const text = await input(inq, 'entities', 'Entity lines, separated by ";"', a.entities!.split('\n').join('; '));
    return { ...a, entities: text };
  }
  const model = buildModel(a as Answers);
  const fields = model.entities.flatMap((e) => e.fields.map((f) => ({ value: `${e.name}.${f.name}`, label: `${e.name}.${f.name}`, hint: `${f.type.kind}${f.unique ? ', unique' : f.index ? ', index' : ''} (${f.reason})` })));
  if (!fields.length) return a;
  const [entity, field] = (await select(inq, 'field', 'Which field?', fields)).split('.');
  if (what === 'types') {
    const type = await select(inq, 'type', `Type of ${entity}.${field}`, TYPES.filter((t) => !t.startsWith('enum')).map((t) => ({ value: t, label: t, hint: '' })));
    return { ...a, entities: setFieldType(a.entities!, entity, field, type) };
  }
  const mode = await select(inq, 'index', `Index on ${entity}.${field}`, [
    { value: 'none', label: 'None', hint: 'no index (FK columns keep theirs)' },
    { value: 'index', label: 'Index', hint: 'speeds up lookups and sorting' },
    { value: 'unique', label: 'Unique', hint: 'one row per value' },
  ]);
  return { ...a, entities: setFieldIndex(a.entities!, entity, field, mode as 'none' | 'index' | 'unique') };
}
