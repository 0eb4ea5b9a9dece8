/** The Phase 2 entity parser: lines, typed fields, modifiers, enums, normalisation, one-line errors. */
import { parseEntities } from '../../src/model/parse.js';
import { buildModel } from '../../src/core/design.js';
import { modelOf, userError } from '../support/design.js';

describe('entity lines', () => {
  test('one entity per line, fields split on commas, blank and # lines ignored, ; also separates', () => {
    const es = parseEntities('# the blog\nUser: email, name\n\nPost: title ; Tag: label');
    expect(es.map((e) => [e.name, e.table, e.fields.map((f) => f.name)])).toEqual([
      ['User', 'users', ['email', 'name']], ['Post', 'posts', ['title']], ['Tag', 'tags', ['label']],
    ]);
    expect(es[0].line).toBe(2);
  });

  test('an entity with no colon has only the automatic columns', () => {
    expect(parseEntities('Session')[0]).toMatchObject({ name: 'Session', table: 'sessions', fields: [] });
  });

  test('id, created_at, updated_at are automatic when bare; typed ones are honoured; deleted_at means soft delete', () => {
    const [e] = parseEntities('User: id, email, created_at, updated_at:datetime, deleted_at');
    expect(e.fields.map((f) => f.name)).toEqual(['email', 'updated_at', 'deleted_at']);
    expect(e.softDelete).toBe(true);
  });

  test('names are normalised: entity PascalCase singular, table snake plural, field snake_case', () => {
    const [e] = parseEntities('user_profiles: DisplayName, avatar-url');
    expect(e).toMatchObject({ name: 'UserProfile', typed: 'user_profiles', table: 'user_profiles' });
    expect(e.fields.map((f) => f.name)).toEqual(['display_name', 'avatar_url']);
  });

  test('the normalisation is recorded in the model (user_profile → UserProfile)', () => {
    const m = buildModel({ entities: 'user_profile: bio\nUser: email\norder item: quantity_count', relations: [] });
    expect(m.renamed).toEqual([{ typed: 'user_profile', name: 'UserProfile' }, { typed: 'order item', name: 'OrderItem' }]);
    expect(m.entities.map((e) => e.table)).toEqual(['user_profiles', 'users', 'order_items']);
  });
});

describe('typed fields and modifiers', () => {
  const field = (tok: string) => parseEntities(`T: ${tok}`)[0].fields[0];

  test.each([
    ['x:string', { kind: 'string', length: 255 }], ['x:text', { kind: 'text' }], ['x:integer', { kind: 'integer' }],
    ['x:bigint', { kind: 'bigint' }], ['x:decimal', { kind: 'decimal', precision: 18, scale: 2 }],
    ['x:boolean', { kind: 'boolean' }], ['x:date', { kind: 'date' }], ['x:datetime', { kind: 'datetime' }],
    ['x:uuid', { kind: 'uuid' }], ['x:json', { kind: 'json' }], ['x:JSON', { kind: 'json' }],
  ])('%s', (tok, type) => {
    expect(field(tok)).toMatchObject({ type, nullable: false, unique: false, index: false, checks: [], reason: 'typed' });
  });

  test('a type overrides inference; a typed datetime *_at still defaults to now', () => {
    expect(field('email:text')).toMatchObject({ type: { kind: 'text' }, unique: false, checks: [] });
    expect(field('seen_at:datetime')).toMatchObject({ type: { kind: 'datetime' }, default: { kind: 'now' } });
    expect(field('seen_at:date').default).toBeUndefined();
  });

  test('modifiers: unique, index, optional — after a type or in the type slot', () => {
    expect(field('code:string:unique')).toMatchObject({ unique: true, index: false });
    expect(field('code:index')).toMatchObject({ type: { kind: 'text' }, index: true });
    expect(field('note:text:optional')).toMatchObject({ nullable: true });
    expect(field('code:string:unique:index')).toMatchObject({ unique: true, index: false });
    expect(field('name:optional:index')).toMatchObject({ nullable: true, index: true });
  });

  test('optional drops the now default of a *_at field', () => {
    expect(field('paid_at:optional')).toMatchObject({ type: { kind: 'timestamp' }, nullable: true });
    expect(field('paid_at:optional').default).toBeUndefined();
  });

  test('enum: values kept verbatim (quotes, spaces), commas and colons inside stay whole, CHECK recorded', () => {
    const [e] = parseEntities(`T: mood:enum(it's | "ok" | a, b | c:d):optional, other`);
    expect(e.fields.map((f) => f.name)).toEqual(['mood', 'other']);
    expect(e.fields[0]).toMatchObject({ type: { kind: 'enum', values: ["it's", '"ok"', 'a, b', 'c:d'] }, checks: ['enum'], nullable: true });
  });
});

describe('bad input: one UserError line naming the line / field and what is allowed', () => {
  test.each([
    ['User: email\nPost: title:strng', /^entities line 2 \(Post\) field 'title': unknown type 'strng' \(allowed: string, string\(n\), char\(n\), text, smallint, integer, bigint, decimal, decimal\(p,s\), float, boolean, date, time, datetime, uuid, json, binary, enum\(a\|b\|c\), string\(\*\), varchar, jsonb, datetime\(tz\|local\), inet, cidr, text\[\], string\(\*\)\[\], citext; or a modifier: optional, unique, index, pk, default\(v\), check\(expr\), ref/],
    ['User: email:unique:uniqe', /^entities line 1 \(User\) field 'email': unknown modifier 'uniqe' \(allowed: optional, unique, index, pk, default\(v\), check\(expr\), ref\(Entity\[, cascade\|set-null\|restrict\|no-action\]\), auto, identity\(always\|by-default\), serial, autoincrement, default\(none\), doc\('text'\), unsigned, ci, column\(Name\), collate\(name\), nonneg, email\); did you mean 'unique'\?$/],
    ['User: kind:enum()', /^entities line 1 \(User\) field 'kind': enum\(\) needs at least one value/],
    ['User: kind:enum(a|b|a)', /^entities line 1 \(User\) field 'kind': enum\(a\|b\|a\) repeats a value$/],
    ['User: email, email', /^entities line 1 \(User\): field 'email' appears twice; give it once, with every modifier in one item \(first: 'email'\)$/],
    ['User: email\nusers: name', /^entities line 2: entity 'User' is defined already$/],
    ['1User: email', /^entities line 1: '1User' is not an entity name \(write 'Entity: field, field:type, …'\)$/],
    ['User: 9lives', /^entities line 1 \(User\): '9lives' is not a valid name \(letters, digits and _; not starting with a digit\)$/],
    ['# only a comment\n', /^entities: no entity given/],
  ])('%j', (text, message) => {
    expect(userError(() => modelOf({ entities: text }))).toMatch(message);
  });
});
