/**
 * fast-check arbitraries for random designs: entity names that are SQL keywords or 60–90 characters long,
 * fields of every type, modifier and inference rule, enum values with quotes and backslashes, relations of
 * every kind (self references, repeats between one pair with their own columns, FK cycles).
 * Some draws are invalid on purpose (a repeated name, a column not ending in _id): those must be UserErrors.
 */
import fc from 'fast-check';
import type { Relation, RelationKind } from '../../src/state/model-schema.js';
import type { DialectId } from '../../src/dialects/dialect.js';
import { DIALECT_IDS } from '../../src/dialects/dialect.js';
import { snake } from '../../src/model/naming.js';
import { directives, fieldToken } from './arbitraries-fields.js';

export type Scale = 'solo' | 'team' | 'multi-replica';
export interface DesignCase { entities: string; relations: Relation[]; db: DialectId; scale: Scale }

/** SQL keywords (and names engines treat specially) used as entity, field and junction names. */
export const KEYWORDS = ['user', 'order', 'group', 'select', 'from', 'desc', 'table', 'index', 'key', 'references',
  'where', 'check', 'primary', 'default', 'column', 'constraint', 'values', 'limit', 'to', 'by', 'trigger', 'match', 'sqlite'];
const WORDS = ['renewal', 'reminder', 'delivery', 'attempt', 'history', 'entry', 'inventory', 'approval', 'status', 'owner'];
/** Long names share a prefix, so their shortened forms differ only by the hash. */
const PREFIXES = ['subscription_renewal_reminder_notification_delivery_attempt_', 'warehouse_inventory_adjustment_approval_history_record_'];
const KINDS: RelationKind[] = ['none', 'one-to-one', 'one-to-many', 'many-to-many'];
export const TYPES = ['string', 'text', 'smallint', 'integer', 'bigint', 'decimal', 'float', 'boolean', 'date', 'time', 'datetime', 'uuid', 'json', 'binary'];

export const word = fc.oneof(fc.constantFrom(...KEYWORDS), fc.constantFrom(...WORDS));

/** snake_case, 60–90 characters (cut at a word boundary or not), never ending in `_`. */
export const longSnake = fc.tuple(fc.constantFrom(...PREFIXES), fc.array(fc.constantFrom(...WORDS), { minLength: 3, maxLength: 6 }),
  fc.integer({ min: 60, max: 90 }))
  .map(([p, ws, n]) => `${p}${ws.join('_')}_${WORDS.join('_')}`.slice(0, n).replace(/_+$/, ''));

const pascal = (s: string) => s.split('_').map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('');

/** How a user might type an entity: `user`, `Order`, `Order item`, `Order-item`, `user_group`, a long PascalCase name. */
export const entityTyped = fc.oneof(
  { weight: 4, arbitrary: word.map(pascal) },
  { weight: 2, arbitrary: word },
  { weight: 2, arbitrary: fc.tuple(word, word).map(([a, b]) => (a === b ? a : `${a}_${b}`)) },
  { weight: 1, arbitrary: fc.tuple(word, word, fc.constantFrom(' ', '-')).map(([a, b, s]) => `${pascal(a)}${s}${b}`) },
  { weight: 2, arbitrary: longSnake.map(pascal) },
);

const ENUM_CHARS = ['a', 'b', 'Z', '1', ' ', "'", '"', '\\', '%', '_', '$', '-', 'é', '`'];
const enumValue = fc.oneof(
  { weight: 12, arbitrary: fc.string({ unit: fc.constantFrom(...ENUM_CHARS), minLength: 1, maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom('a', '(', ')', ',', ':', ';', '|'), minLength: 1, maxLength: 4 }) },
);
export const enumType = fc.array(enumValue, { minLength: 1, maxLength: 4 }).map((vs) => `enum(${vs.join('|')})`);

/** Names that trigger each inference rule, links to the design's entities (`<entity>_id`) and plain keywords. */
export function fieldName(refs: string[]): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 3, arbitrary: word },
    { weight: 1, arbitrary: fc.constantFrom('email', 'slug', 'username', 'id', 'created_at', 'deleted_at', 'Display Name') },
    { weight: 3, arbitrary: fc.tuple(fc.constantFrom('_at', '_count', '_amount', '_id'), word).map(([s, w]) => `${w}${s}`) },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom('is_', 'has_'), word).map(([p, w]) => `${p}${w}`) },
    { weight: 3, arbitrary: fc.constantFrom(...refs).map((r) => `${r}_id`) },
    { weight: 2, arbitrary: fc.tuple(longSnake, fc.constantFrom('', '_at', '_id', '_count')).map(([s, x]) => `${s}${x}`) },
  );
}

/**
 * A relation column: `<word>_id` or long for an FK, a junction name for many-to-many, now and then the other kind
 * or a spelling a user might type: spaces and case (normalised), a leading digit, letters past ASCII (bytes ≠ characters).
 */
const ODD = ['Owner ID', 'Next-Step_id', '1st_id', 'naïve_id', `${'ü'.repeat(40)}_id`, 'größe_links', 'ü'.repeat(40)];
const fkColumn = fc.oneof({ weight: 8, arbitrary: word.map((w) => `${w}_id`) }, { weight: 2, arbitrary: longSnake.map((s) => `${s}_id`) },
  { weight: 1, arbitrary: fc.constantFrom(...ODD) });
const junctionColumn = fc.oneof({ weight: 2, arbitrary: word.map((w) => `${w}_links`) }, { weight: 1, arbitrary: word },
  { weight: 1, arbitrary: longSnake }, { weight: 1, arbitrary: fkColumn });
const relColumn = (kind: RelationKind) => fc.oneof(
  { weight: 8, arbitrary: kind === 'many-to-many' ? junctionColumn : fkColumn },
  { weight: 1, arbitrary: kind === 'many-to-many' ? fkColumn : junctionColumn },
);

export function relation(names: string[]): fc.Arbitrary<Relation> {
  return fc.constantFrom(...KINDS).chain((kind) => fc.record({ from: fc.constantFrom(...names), to: fc.constantFrom(...names),
    column: fc.option(relColumn(kind), { freq: 2 }) })
    .map(({ column, ...r }) => (column === null ? { ...r, kind } : { ...r, kind, column })));
}

/** A whole design: 1–5 entities, 0–6 fields each, 0–6 relations among them, a dialect and a scale (`v3`: language v3 forms too). */
const designWith = (v3: boolean): fc.Arbitrary<DesignCase> => fc.uniqueArray(entityTyped, { minLength: 1, maxLength: 5, selector: (n) => snake(n) })
  .chain((names) => {
    const refs = names.map(snake);
    const line = (n: string) => fc.uniqueArray(fieldToken(refs, v3), { maxLength: 6, selector: (t) => snake(t.split(':')[0]) })
      .chain((fs) => directives(n, fs, v3).map((ds) => [...fs, ...ds]))
      .map((fs) => (fs.length ? `${n}: ${fs.join(', ')}` : n));
    return fc.record({
      lines: fc.tuple(...names.map(line)),
      sep: fc.constantFrom('\n', '\n', ';', '\r\n', '\n\n# a comment\n'),
      relations: fc.array(relation(names), { maxLength: 6 }),
      db: fc.constantFrom(...DIALECT_IDS),
      scale: fc.constantFrom<Scale>('solo', 'team', 'multi-replica'),
    });
  })
  .map(({ lines, sep, relations, db, scale }) => ({ entities: lines.join(sep), relations, db, scale }));

export const design = designWith(false);
const designV3 = designWith(true);

/** The same design with the dialect fixed (executed tests draw per engine); `v3`: drawing from the language v3 additions too. */
export const designFor = (db: DialectId, v3 = false) => (v3 ? designV3 : design).map((d) => ({ ...d, db }));
