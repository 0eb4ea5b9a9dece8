/** The diff's table lookup by name (an index since round 7, built on use and dropped when the tables change) answers
 *  what a linear find over the current tables answers, after any mix of steps that rename, silent changes and
 *  removals; and db-change's field namer answers what the linear lookup over the design answers. */
import fc from 'fast-check';
import { Work } from '../../src/diff/work.js';
import { fieldNamer } from '../../src/model/field-namer.js';
import type { Schema, Table } from '../../src/state/physical-schema.js';
import type { Model } from '../../src/state/model-schema.js';

const NAMES = ['a', 'b', 'c', 'd', 'e'];
const table = (name: string, tag = 0) => ({ name, columns: [], tag } as unknown as Table);
const op = fc.oneof(
  fc.record({ kind: fc.constant('step' as const), name: fc.constantFrom(...NAMES), to: fc.constantFrom(...NAMES) }),
  fc.record({ kind: fc.constant('silent' as const), name: fc.constantFrom(...NAMES), to: fc.constantFrom(...NAMES) }),
  fc.record({ kind: fc.constant('remove' as const), name: fc.constantFrom(...NAMES), to: fc.constant('') }),
);

test('Work.get and Work.step find the first table of a name, as a linear find over the tables does', () => {
  fc.assert(fc.property(fc.uniqueArray(fc.constantFrom(...NAMES)), fc.array(op, { maxLength: 12 }), (start, ops) => {
    const w = new Work({ tables: start.map((n) => table(n)) } as unknown as Schema);
    ops.forEach((o, i) => {
      for (const n of NAMES) expect(w.get(n)).toBe(w.tables.find((t) => t.name === n));
      if (o.kind === 'remove') w.remove(o.name);
      else if (o.kind === 'silent') w.silently((t) => (t.name === o.name ? table(o.to, i) : t));
      else if (w.tables.some((t) => t.name === o.name)) {
        const first = w.tables.find((t) => t.name === o.name);
        w.step(o.name, () => table(o.to, i), (st) => { expect(st.before).toBe(first); return { kind: 'noop' } as never; });
      } else expect(() => w.step(o.name, (t) => t, () => ({}) as never)).toThrow(`diff: no table ${o.name}`);
    });
    for (const n of NAMES) expect(w.get(n)).toBe(w.tables.find((t) => t.name === n));
  }));
});

test('fieldNamer: the field under a column(…) name, a shortened name, or the column itself, first field first', () => {
  const model = { entities: [
    { name: 'Album', fields: [{ name: 'Title', column: 'title_text' }, { name: 'artistId', column: 'artist' }, { name: 'year' }] },
    { name: 'Album', fields: [{ name: 'ignored', column: 'year' }] },
    { name: 'Song', fields: [{ name: 'a_very_long_field_name' }, { name: 'again', column: 'len' }] },
  ] } as unknown as Model;
  const schema = { shortened: [
    { kind: 'column', full: 'a_very_long_field_name', short: 'a_very_long' },
    { kind: 'index', full: 'year', short: 'y' },
  ] } as unknown as Schema;
  const at = fieldNamer(model, schema);
  expect(at('Album', 'title_text')).toBe('Title');
  expect(at('Album', 'artist')).toBe('artistId');
  expect(at('Album', 'year')).toBe('year');                 // the first Album's own field, not the second's column
  expect(at('Song', 'a_very_long')).toBe('a_very_long_field_name');
  expect(at('Song', 'len')).toBe('again');
  expect(at('Song', 'author_id')).toBe('author_id');        // an FK column no field holds
  expect(at('Nobody', 'x')).toBe('x');
  expect(fieldNamer(undefined, schema)('Album', 'title_text')).toBe('title_text');
});
