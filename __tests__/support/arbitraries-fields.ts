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
/** Language v3 types and modifiers (issue 16), drawn when the design asks for them. */
const V3_TYPES = ['string(*)', 'varchar', 'jsonb', 'datetime(local)', 'datetime(tz)', 'inet', 'cidr:optional', 'citext', 'citext:unique',
  'string(40):ci:unique', 'char(4):ci', 'integer:unsigned', 'bigint:unsigned:default(7)', "text:doc('it''s ☕')", 'datetime:default(none)',
  'text[]', 'string(*)[]:optional', "date:optional:doc('due')"];

export function fieldToken(refs: string[], v3 = false): fc.Arbitrary<string> {
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
  const v3Field = fc.tuple(fieldName(refs), fc.constantFrom(...V3_TYPES)).map(([n, t]) => `${n}:${t}`);
  const selfRef = fc.tuple(word, fc.constantFrom(...refs), fc.boolean()).map(([w, r, u]) => `${w}_ref:ref(${r}, cascade)${u ? ':unique' : ''}`);
  return v3
    ? fc.oneof({ weight: 4, arbitrary: plainField }, { weight: 4, arbitrary: v3Field }, { weight: 2, arbitrary: selfRef }, { weight: 1, arbitrary: refField })
    : fc.oneof({ weight: 6, arbitrary: plainField }, { weight: 1, arbitrary: refField });
}

/** 0–2 directives over an entity's fields: @unique/@index/@pk of two of them, @timestamps, @soft-delete, @table. */
export function directives(entity: string, fields: string[], v3 = false): fc.Arbitrary<string[]> {
  const names = fields.map((f) => snake(f.split(':')[0])).filter((n) => n && !['id', 'created_at', 'updated_at', 'deleted_at'].includes(n));
  const pair = names.length >= 2 ? fc.shuffledSubarray(names, { minLength: 2, maxLength: 2 }).map((p) => p.join(', ')) : fc.constant('');
  const one = fc.oneof(
    pair.map((p) => (p ? `@unique(${p})` : '@soft-delete')), pair.map((p) => (p ? `@index(${p})` : '@timestamps(none)')),
    fc.constantFrom('@timestamps(both)', '@timestamps(created)', '@timestamps(none)', '@soft-delete', `@table(${snake(entity)}_t)`),
    { weight: 1, arbitrary: pair.map((p) => (p ? `@pk(${p})` : '@soft-delete')) },
    ...(v3 ? [{ weight: 3, arbitrary: pair.chain((p) => {
      const [a, b] = p ? p.split(', ') : ['', ''];
      return fc.constantFrom(...(a ? [`@unique(${a}) where(${b} IS NULL)`, `@index(${a}, ${b}) where(${a} IS NOT NULL)`,
        `@unique(lower(${a}))`, `@index(lower(${a}), ${b})`] : []), "@doc('One ☕ row')");
    }) }] : []),
  );
  return fc.uniqueArray(one, { maxLength: 2, selector: (d) => d.replace(/\(.*$/, '') });
}
