/** The wizard's entity prompt validates each line as typed: the whole language, each entity compiled alone. */
import { entityCheck } from '../../src/wizard/entities.js';
import { DIALECT_IDS } from '../../src/dialects/dialect.js';
import { dialectOf } from '../../src/dialects/registry.js';
import { defaultChoices, typeChoices } from '../../src/model/type-choices.js';
import { setFieldType } from '../../src/model/entity-text.js';

test.each([
  ['Film: title:string(128):index, rate:decimal(4,2):default(4.99), rating:enum(G|PG):default(G), @index(title, rating)', true],
  ['Film: title, language_id:ref(Language, set-null)', true],
  ['Film: title, @index(title, nope)', /^Film: @index\(title, nope\) names 'nope', which is not a column of films/],
  ['Film: qty:integer:check(foo > 1)', /^Film\.qty: check\(foo > 1\) names 'foo', which is neither a column/],
  ['Film: title, @pk(code)', /^Film: @pk names 'code', which is not a field of Film/],
  ['Film: title:string(0)', /string length needs a whole number from 1 to 65535, got '0'/],
  ['Film: title, @frobnicate', /unknown directive '@frobnicate' \(allowed: @pk\(a, b\), @unique\(a, b\)/],
])('%s', (text, want) => {
  for (const id of DIALECT_IDS) {
    const got = entityCheck(dialectOf(id))(text);
    if (want === true) expect(got).toBe(true);
    else expect(got).toMatch(want as RegExp);
  }
});

test("each line is checked against the chosen engine's caps, not PostgreSQL's for all", () => {
  const text = 'Film: title:string(20000)';
  expect(entityCheck(dialectOf('postgres'))(text)).toBe(true);
  expect(entityCheck(dialectOf('sqlite'))(text)).toBe(true);
  expect(entityCheck(dialectOf('mysql'))(text)).toMatch(/^Film\.title: string\(20000\) is over MySQL\/MariaDB's longest VARCHAR/);
});

test('revise types offers sized types (the current one marked) and then the defaults the chosen type takes', () => {
  const types = typeChoices({ kind: 'string', length: 128 });
  expect(types[0]).toEqual({ value: 'string(128)', label: 'string(128)', hint: 'current · as now' });
  expect(types.map((t) => t.value)).toEqual(expect.arrayContaining(['string(40)', 'char(2)', 'decimal(10,2)', 'float', 'time', 'binary']));
  expect(defaultChoices('integer').map((c) => c.value)).toEqual(['', 'default(0)', 'default(1)']);
  expect(defaultChoices('enum(a|b)').map((c) => c.value)).toEqual(['', 'default(a)', 'default(b)']);
  expect(defaultChoices('date').map((c) => c.value)).toEqual(['', 'default(today)']);
});

test('a revised type keeps the other modifiers and replaces the default', () => {
  const text = 'Film: rate:decimal:default(1):check(rate >= 0):unique, title';
  expect(setFieldType(text, 'Film', 'rate', 'decimal(4,2)', 'default(4.99)')).toBe('Film: rate:decimal(4,2):check(rate >= 0):unique:default(4.99), title');
  expect(setFieldType(text, 'Film', 'rate', 'integer', '')).toBe('Film: rate:integer:check(rate >= 0):unique, title');
});
