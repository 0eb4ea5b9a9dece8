/** Type inference for a field: from its name when bare, from `name:type[:modifier…]` when typed. */
import type { ColType, Field } from '../state/model-schema.js';
import { fail } from '../cli/errors.js';
import { splitTop } from './split.js';
import { guardText } from './guard.js';

export const TYPES = ['string', 'text', 'integer', 'bigint', 'decimal', 'boolean', 'date', 'datetime', 'uuid', 'json', 'enum(a|b|c)'];
export const MODIFIERS = ['unique', 'index', 'optional'] as const;
type Modifier = (typeof MODIFIERS)[number];

/** What the name alone implies (the rules of Phase 3). */
export function inferFromName(name: string): Omit<Field, 'name'> {
  const base = { nullable: false, unique: false, index: false, checks: [] as Field['checks'] };
  if (name === 'id' || name.endsWith('_id')) return { ...base, type: { kind: 'key' }, reason: 'inferred: *_id → key type' };
  if (name.endsWith('_at')) {
    return { ...base, type: { kind: 'timestamp' }, default: { kind: 'now' }, reason: 'inferred: *_at → timestamp, default now' };
  }
  if (name === 'email') {
    return { ...base, type: { kind: 'string', length: 320 }, unique: true, checks: ['email'], reason: 'inferred: email' };
  }
  if (name === 'slug' || name === 'username') {
    return { ...base, type: { kind: 'string', length: 255 }, unique: true, reason: `inferred: ${name} → unique` };
  }
  if (name.endsWith('_count')) {
    return { ...base, type: { kind: 'integer' }, default: { kind: 'value', value: 0 }, checks: ['nonneg'], reason: 'inferred: *_count' };
  }
  if (name.endsWith('_amount')) {
    const type: ColType = { kind: 'decimal', precision: 18, scale: 2 };
    return { ...base, type, default: { kind: 'value', value: 0 }, checks: ['nonneg'], reason: 'inferred: *_amount' };
  }
  if (name.startsWith('is_') || name.startsWith('has_')) {
    return { ...base, type: { kind: 'boolean' }, default: { kind: 'value', value: false }, reason: 'inferred: is_*/has_* → boolean' };
  }
  return { ...base, type: { kind: 'text' }, reason: 'inferred: text' };
}

export function parseType(raw: string, where: string): ColType {
  const t = raw.trim().toLowerCase();
  const m = /^enum\((.*)\)$/s.exec(raw.trim());
  if (m) {
    const values = m[1].split('|').map((v) => guardText(where, 'enum value', v.trim())).filter(Boolean);
    if (values.length === 0) fail(`${where}: enum() needs at least one value, e.g. enum(draft|published)`);
    if (new Set(values).size !== values.length) fail(`${where}: enum(${m[1]}) repeats a value`);
    return { kind: 'enum', values };
  }
  guardText(where, 'type', raw.trim());
  switch (t) {
    case 'string': return { kind: 'string', length: 255 };
    case 'text': case 'integer': case 'bigint': case 'boolean': case 'date': case 'datetime': case 'uuid': case 'json':
      return { kind: t };
    case 'decimal': return { kind: 'decimal', precision: 18, scale: 2 };
    default: return fail(`${where}: unknown type '${raw.trim()}' (allowed: ${TYPES.join(', ')})`);
  }
}

/** One field token: `name` or `name:type[:modifier…]` (a modifier may stand in the type slot). */
export function parseField(token: string, where: string, toName: (s: string) => string): Field {
  const parts = splitTop(token, ':');
  const name = toName(guardText(where, 'field name', parts[0].trim()));
  let field: Field = { name, ...inferFromName(name) };
  const rest = parts.slice(1);
  if (rest.length && !MODIFIERS.includes(rest[0].trim().toLowerCase() as Modifier)) {
    const type = parseType(rest.shift()!, `${where} field '${name}'`);
    field = { name, type, nullable: false, unique: false, index: false, checks: type.kind === 'enum' ? ['enum'] : [], reason: 'typed' };
    if (type.kind === 'datetime' && name.endsWith('_at')) field.default = { kind: 'now' };
  }
  for (const raw of rest) {
    guardText(`${where} field '${name}'`, 'modifier', raw.trim());
    const mod = raw.trim().toLowerCase();
    if (mod === 'unique') field.unique = true;
    else if (mod === 'index') field.index = true;
    else if (mod === 'optional') {
      field.nullable = true;
      if (field.default?.kind === 'now') delete field.default;
    } else fail(`${where} field '${name}': unknown modifier '${raw.trim()}' (allowed: ${MODIFIERS.join(', ')})`);
  }
  if (field.unique && field.index) field.index = false;
  return field;
}
