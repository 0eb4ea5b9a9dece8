/** fast-check arbitraries for one entity line's items: fields with the language's types and modifiers, and directives. */
import fc from 'fast-check';
import { snake } from '../../src/model/naming.js';
import { enumType, fieldName, TYPES, word } from './arbitraries.js';

const SIZED = fc.oneof(fc.integer({ min: 1, max: 300 }).map((n) => `string(${n})`), fc.integer({ min: 1, max: 12 }).map((n) => `char(${n})`),
  fc.integer({ min: 1, max: 20 }).chain((p) => fc.integer({ min: 0, max: p }).map((sc) => `decimal(${p},${sc})`)));
const ACTIONS = ['cascade', 'set-null', 'restrict', 'no-action'];

/** A default(…) the type takes (undefined: none for it). */
function defaultFor(type: string | null): string | undefined {
  const t = (type ?? '').replace(/\(.*$/s, '').toLowerCase();
  if (['smallint', 'integer', 'bigint', 'decimal', 'float'].includes(t)) return 'default(0)';
  return ({ boolean: 'default(true)', date: 'default(today)', datetime: 'default(now)', time: 'default(now)', uuid: 'default(uuid)',
    text: "default('it''s')", string: "default('x')", json: "default('{}')" } as Record<string, string>)[t];
}

/**
 * `name`, `name:type`, `name:type:mods…` or `name:mod…` (a modifier in the type slot); modifiers drawn from
 * unique index optional pk, a default(…) the type takes, a check(…) over the field, a ref(Entity[, action]).
 */
export function fieldToken(refs: string[]): fc.Arbitrary<string> {
  const type = fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...TYPES) }, { weight: 2, arbitrary: enumType }, { weight: 2, arbitrary: SIZED });
  const mods = fc.subarray(['unique', 'index', 'optional', 'pk', 'default', 'check'], { maxLength: 3 })
    .chain((m) => fc.shuffledSubarray(m, { minLength: m.length }));
  const plainField = fc.tuple(fieldName(refs), fc.option(type, { freq: 2 }), mods).map(([n, t, m]) => [n, ...(t === null ? [] : [t]), ...m.flatMap((x) => {
    if (x === 'default') return defaultFor(t) ?? [];
    if (x === 'check') return t && /^(smallint|integer|bigint|decimal|float)/.test(t) ? [`check(${snake(n)} >= 0 or ${snake(n)} is null)`] : [];
    if (x === 'pk') return /^(string|char|smallint|integer|bigint|uuid|date)/.test(t ?? '') && !m.includes('optional') ? ['pk'] : []; // else refused
    return [x];
  })].join(':'));
  const refField = fc.tuple(word, fc.constantFrom(...refs), fc.option(fc.constantFrom(...ACTIONS)), fc.boolean())
    .map(([w, r, a, opt]) => `${w}_ref:ref(${r}${a ? `, ${a}` : ''})${opt ? ':optional' : ''}`);
  return fc.oneof({ weight: 6, arbitrary: plainField }, { weight: 1, arbitrary: refField });
}

/** 0–2 directives over an entity's fields: @unique/@index/@pk of two of them, @timestamps, @soft-delete, @table. */
export function directives(entity: string, fields: string[]): fc.Arbitrary<string[]> {
  const names = fields.map((f) => snake(f.split(':')[0])).filter((n) => n && !['id', 'created_at', 'updated_at', 'deleted_at'].includes(n));
  const pair = names.length >= 2 ? fc.shuffledSubarray(names, { minLength: 2, maxLength: 2 }).map((p) => p.join(', ')) : fc.constant('');
  const one = fc.oneof(
    pair.map((p) => (p ? `@unique(${p})` : '@soft-delete')), pair.map((p) => (p ? `@index(${p})` : '@timestamps(none)')),
    fc.constantFrom('@timestamps(both)', '@timestamps(created)', '@timestamps(none)', '@soft-delete', `@table(${snake(entity)}_t)`),
    { weight: 1, arbitrary: pair.map((p) => (p ? `@pk(${p})` : '@soft-delete')) },
  );
  return fc.uniqueArray(one, { maxLength: 2, selector: (d) => d.replace(/\(.*$/, '') });
}
