/** Type inference for a field: from its name when bare, from `name:type[:modifier…]` when typed. */
import type { ColType, Field } from '../state/model-schema.js';
import { fail } from '../base/errors.js';
import { splitTop } from './split.js';
import { isType, parseType, TYPES } from './types.js';
import { applyModifier, finishField, isModifier, MODIFIERS, nearModifier } from './modifiers.js';
import { nearType } from './types.js';
import { guardText } from './guard.js';
import { refuseInvisible } from './invisible.js';

export { TYPES, MODIFIERS };

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
  if (name.endsWith('_email')) {
    return { ...base, type: { kind: 'string', length: 320 }, checks: ['email'], reason: 'inferred: *_email' };
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

export { parseType };

/** One field token: `name` or `name:type[:modifier…]` (a modifier may stand in the type slot). */
export function parseField(token: string, where: string, toName: (s: string) => string): Field {
  const parts = splitTop(token, ':');
  const name = toName(refuseInvisible(where, 'field name', guardText(where, 'field name', parts[0].trim())));
  let field: Field = { name, ...inferFromName(name) };
  const rest = parts.slice(1).map((s) => s.trim());
  const at = `${where} field '${name}'`;
  // control characters refused before anything is read (enum values, default(…) and check(…) text: where they are parsed)
  rest.forEach((r, i) => { if (!/^(enum|default|check)\s*\(/i.test(r)) guardText(at, i === 0 && !isModifier(r) ? 'type' : 'modifier', r); });
  if (rest.some((r) => !r)) fail(`${at}: an empty slot between colons (write name:type:modifier, e.g. title:string(80):index)`);
  if (rest.length && !isType(rest[0]) && !isModifier(rest[0])) {
    fail(`${at}: unknown type '${rest[0]}' (allowed: ${TYPES.join(', ')}; or a modifier: ${MODIFIERS.join(', ')})${nearType(rest[0]) || nearModifier(rest[0])}`);
  }
  if (rest.length && isType(rest[0])) {
    const type = parseType(rest.shift()!, at);
    field = { name, type, nullable: false, unique: false, index: false, checks: type.kind === 'enum' ? ['enum'] : [], reason: 'typed' };
    if (type.kind === 'datetime' && name.endsWith('_at')) field.default = { kind: 'now' };
  }
  const given = { default: false };
  for (const raw of rest) applyModifier(field, raw, at, given);
  return finishField(field, at, given.default);
}
