/**
 * The design's model written back as entity lines (the language of `entities`): parse(write(model)) is the
 * model, so `answers.entities` says what the design is after click edits and can be copied into a spec.
 * Each field is written in the shortest form that parses back to it: bare when the name's inference says it
 * all (and holds no more than the field: a click may have taken an inferred unique or check away), else typed;
 * then only the modifiers that differ from what that form implies (checks as `nonneg`, `email`).
 */
import type { Default, Entity, Field, KeyedIndex, Model } from '../state/model-schema.js';
import { parseField } from './infer.js';
import { AUTO_FIELDS, autoField } from './auto-fields.js';
import { defaultText } from './type-choices.js';
import { typeText } from './types.js';
import { entityName, tableName } from './naming.js';

const typedForm = (f: Field) => /^typed|^soft delete \(typed\)/.test(f.reason);
const same = (a?: Default, b?: Default) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
const generation = (k: string) => (k === 'always' || k === 'by-default' ? `identity(${k})` : k);
const quoted = (s: string) => `'${s.replace(/'/g, "''")}'`;

/** What `parts` (joined by `:`) parses to, as the entity line reader would keep it. */
function parsed(parts: string[]): Field {
  const token = parts.join(':');
  const f = parseField(token, 'write', (s) => s);
  return (AUTO_FIELDS.includes(f.name) ? autoField(f, token, 'write') : f) ?? f;
}

/** Does the bare name (with its ref) imply nothing the field lacks? */
function bareFits(f: Field, parts: string[]): boolean {
  const b = parsed(parts);
  return JSON.stringify(b.type) === JSON.stringify(f.type) && (!b.unique || f.unique) && (!b.index || f.index || f.unique)
    && b.checks.every((c) => f.checks.includes(c)) && (!b.nullable || f.nullable);
}

function fieldToken(f: Field): string {
  const parts = [f.name];
  const ref = f.ref ? [`ref(${f.ref.entity}${f.ref.onDelete ? `, ${f.ref.onDelete}` : ''})`] : [];
  const unsigned = 'unsigned' in f.type && f.type.unsigned ? ['unsigned'] : [];
  if (typedForm(f) || !bareFits(f, [f.name, ...ref])) parts.push(typeText(f.type), ...unsigned);
  parts.push(...ref);
  const base = parsed(parts);
  parts.push(...f.checks.filter((c) => (c === 'nonneg' || c === 'email') && !base.checks.includes(c)));
  if (f.nullable && !base.nullable) parts.push('optional');
  if (f.unique && !base.unique) parts.push('unique');
  if (f.index && !base.index) parts.push('index');
  const now = parts.length > 1 ? parsed(parts) : base;
  if (!same(f.default, now.default)) parts.push(f.default ? defaultText(f.default, f.type) : 'default(none)');
  if (f.check) parts.push(`check(${f.check})`);
  if (f.doc) parts.push(`doc(${quoted(f.doc)})`);
  if (f.column) parts.push(`column(${f.column})`);
  if (f.collate) parts.push(`collate(${f.collate})`);
  if (f.onUpdateNow && !base.onUpdateNow) parts.push('auto');
  if (f.identityKind) parts.push(generation(f.identityKind));
  return parts.join(':');
}

const keyed = (k: KeyedIndex) =>
  `@${k.unique ? 'unique' : 'index'}(${k.keys.join(', ')})${k.where ? ` where(${k.where})` : ''}`;

function entityLine(e: Entity): string {
  const items = [
    ...(e.identityKind ? [`id:${generation(e.identityKind)}`] : []),
    ...e.fields.map(fieldToken),
    ...(e.pk ? [`@pk(${e.pk.join(', ')})`] : []),
    ...(e.uniques ?? []).map((u) => `@unique(${u.join(', ')})`),
    ...(e.indexes ?? []).map((u) => `@index(${u.join(', ')})`),
    ...(e.keyed ?? []).map(keyed),
    ...(e.timestamps ? [`@timestamps(${e.timestamps})`] : []),
    ...(e.softDelete && !e.fields.some((f) => f.name === 'deleted_at') ? ['@soft-delete'] : []),
    ...(e.table !== tableName(e.name) ? [`@table(${e.table})`] : []),
    ...(e.doc ? [`@doc(${quoted(e.doc)})`] : []),
    ...(e.group ? [`@group(${e.group})`] : []),
    ...(e.plain ? [`@plain(${e.plain.join(', ')})`] : []),
  ];
  const head = entityName(e.typed) === e.name && /^[A-Za-z][A-Za-z0-9_ -]*$/.test(e.typed) ? e.typed : e.name;
  return items.length ? `${head}: ${items.join(', ')}` : head;
}

/** The entity lines of `model`, one a line. */
export const writeEntities = (model: Model): string => model.entities.map(entityLine).join('\n');
