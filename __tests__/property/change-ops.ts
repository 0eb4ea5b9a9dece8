/**
 * Random change sequences for db-change: a small design as data (entities with typed fields, many-to-many
 * pairs, FK fields), and operations drawn as numbers resolved against the design when applied, so every
 * draw means something: add/drop/retype/NULL/unique/index/rename a field, add/drop/rename an entity,
 * add/drop a junction, add an FK field.
 */
import fc from 'fast-check';
import type { Relation } from '../../src/state/model-schema.js';
import { ChangeSpec } from '../../src/change/spec.js';
import { snake } from '../../src/model/naming.js';

export interface F { name: string; type: string; optional: boolean; mod: '' | 'unique' | 'index' }
export interface E { name: string; fields: F[] }
export interface S { entities: E[]; m2m: [string, string][] }

const ENTITIES = ['Author', 'Book', 'Tag', 'Shelf', 'Order', 'User'];
const FIELDS = ['title', 'note', 'pages', 'price', 'code', 'rank', 'label', 'is_open', 'hits_count', 'total_amount', 'seen_at', 'summary'];
const TYPES = ['', 'string', 'string(12)', 'text', 'smallint', 'integer', 'bigint', 'decimal', 'float', 'boolean', 'enum(a|b)', 'enum(a|b|c)'];
const DEFAULTED = /^(is_|.*_count$|.*_amount$|.*_at$)/;
export const OPS = ['addField', 'dropField', 'retype', 'optional', 'mod', 'renameField', 'renameEntity', 'addEntity', 'dropEntity', 'addM2m', 'dropM2m', 'addFk'] as const;
export interface Op { kind: (typeof OPS)[number]; a: number; b: number; c: number }

const token = (f: F) => [f.name, f.type, f.optional ? 'optional' : '', f.mod].filter(Boolean).join(':');
const pick = <T>(xs: T[], i: number): T | undefined => (xs.length ? xs[i % xs.length] : undefined);
const unused = (pool: string[], taken: string[], i: number) => pick(pool.filter((x) => !taken.includes(x)), i);

export const field = fc.record({
  name: fc.constantFrom(...FIELDS), type: fc.constantFrom(...TYPES), optional: fc.boolean(), mod: fc.constantFrom<F['mod']>('', '', 'unique', 'index'),
});
export const initial: fc.Arbitrary<S> = fc.uniqueArray(fc.constantFrom(...ENTITIES), { minLength: 1, maxLength: 3 }).chain((names) => fc.record({
  entities: fc.tuple(...names.map((name) => fc.uniqueArray(field, { maxLength: 3, selector: (f) => f.name }).map((fields) => ({ name, fields })))),
  m2m: fc.constant(names.length > 1 ? [[names[0], names[1]] as [string, string]] : []),
}));
export const op: fc.Arbitrary<Op> = fc.record({ kind: fc.constantFrom(...OPS), a: fc.nat(99), b: fc.nat(99), c: fc.nat(99) });

/** The next design, the renames it implies, and whether it may drop or narrow (then it is confirmed). */
export function apply(s: S, o: Op): { next: S; renames: { from: string; to: string }[] } {
  const next: S = structuredClone(s);
  const e = pick(next.entities, o.a);
  const f = e && pick(e.fields, o.b);
  const renames: { from: string; to: string }[] = [];
  const names = next.entities.map((x) => x.name);
  switch (o.kind) {
    case 'addField': { const n = e && unused(FIELDS, e.fields.map((x) => x.name), o.b); if (n) e.fields.push({ name: n, type: pick(TYPES, o.c)!, optional: o.c % 2 === 0, mod: '' }); break; }
    case 'dropField': if (e && f) e.fields = e.fields.filter((x) => x !== f); break;
    case 'retype': if (f) f.type = pick(TYPES, o.c)!; break;
    case 'optional': if (f) f.optional = !f.optional; break;
    case 'mod': if (f) f.mod = pick<F['mod']>(['', 'unique', 'index'], o.c)!; break;
    case 'renameField': { const n = e && unused(FIELDS, e.fields.map((x) => x.name), o.c); if (e && f && n && !f.name.endsWith('_id')) { renames.push({ from: `${e.name}.${f.name}`, to: `${e.name}.${n}` }); f.name = n; } break; }
    case 'renameEntity': {
      const n = unused(ENTITIES, names, o.c);
      if (!e || !n) break;
      renames.push({ from: e.name, to: n });
      next.m2m = next.m2m.map(([x, y]) => [x === e.name ? n : x, y === e.name ? n : y]);
      e.name = n;
      break;
    }
    case 'addEntity': { const n = unused(ENTITIES, names, o.c); if (n) next.entities.push({ name: n, fields: [{ name: pick(FIELDS, o.b)!, type: pick(TYPES, o.a)!, optional: false, mod: '' }] }); break; }
    case 'dropEntity': if (e && next.entities.length > 1) { next.entities = next.entities.filter((x) => x !== e); next.m2m = next.m2m.filter((p) => !p.includes(e.name)); } break;
    case 'addM2m': { const b = pick(names, o.b); if (e && b && e.name !== b && !next.m2m.some((p) => p.includes(e.name) && p.includes(b))) next.m2m.push([e.name, b]); break; }
    case 'dropM2m': next.m2m = next.m2m.filter((_, i) => i !== o.a % Math.max(1, next.m2m.length)); break;
    case 'addFk': { const b = pick(names, o.b); const col = b && `${snake(b)}_id`; if (e && col && b !== e.name && !e.fields.some((x) => x.name === col)) e.fields.push({ name: col, type: '', optional: true, mod: '' }); break; }
  }
  return { next, renames };
}

const literal = (f: F) => (f.type.startsWith('enum') ? "'a'" : ['smallint', 'integer', 'bigint', 'decimal', 'float'].includes(f.type) ? '0' : f.type === 'boolean' ? 'FALSE' : "'x'");

export function specOf(s: S, renames: { from: string; to: string }[]): ChangeSpec {
  const relations: Relation[] = s.m2m.map(([from, to]) => ({ from, to, kind: 'many-to-many' }));
  const backfill = Object.fromEntries(s.entities.flatMap((e) => e.fields
    .filter((f) => !f.optional && !f.name.endsWith('_id') && !(f.type === '' && DEFAULTED.test(f.name)))
    .map((f) => [`${e.name}.${f.name}`, literal(f)])));
  return ChangeSpec.parse({ entities: textOf(s), relations, renames, backfill, allowDestructive: true });
}

export const textOf = (s: S) => s.entities.map((e) => (e.fields.length ? `${e.name}: ${e.fields.map(token).join(', ')}` : e.name)).join('\n');
