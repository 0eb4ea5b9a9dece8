/** Designs every ORM file is proven on: the three examples and the hardest test designs, per dialect. */
import { EXAMPLES, exampleSpec, renderSpec, type Rendered } from '../support/golden.js';
import type { InitAnswers } from '../../src/core/init.js';
import type { DialectId } from '../../src/dialects/dialect.js';
import type { Relation } from '../../src/state/model-schema.js';
import { FEATURES } from '../language/engine-facts.js';
import { SAKILA_ENTITIES, SAKILA_RELATIONS } from '../sample/sakila.js';

const RICH: Record<string, { entities: string; relations: Relation[]; over?: Partial<InitAnswers> }> = {
  // the language's v2 features (sizes, defaults, keys, composite constraints, FK actions, checks) and Sakila
  features: { entities: FEATURES, relations: [] },
  sakila: { entities: SAKILA_ENTITIES, relations: SAKILA_RELATIONS },
  // every type, modifier and inference rule, soft delete (partial indexes), enums with odd values
  everyType: {
    entities: `Account: email, username, slug, login_count, balance_amount, is_locked, has_mfa, mood:enum(it's|back\\slash|"q"), bio:optional, joined_on:date, meta:json, ref:uuid:unique, big:bigint:index, seen_at:datetime, code:index, title:string:unique, n:integer:optional, status:enum(draft|in-review|live)
Note: body, account_id`,
    relations: [{ from: 'Note', to: 'Account', kind: 'one-to-many' }], over: { scale: 'multi-replica' },
  },
  // language v3 (issue 16): partial and expression indexes, key generations, a plain typed updated_at
  v3: {
    entities: 'Tool: id:identity(by-default), name:string(80)\nLoan: id:autoincrement, tool_id, due:date, returned_at:optional, note:text:optional, ' +
      'updated_at:datetime, @timestamps(none), @unique(tool_id) where(returned_at IS NULL), @index(due, tool_id) where(returned_at IS NULL)\n' +
      "Member: id:serial, email:string(320), handle:string(40), kind:string(10), @unique(lower(email)), @index(lower(handle), kind), @unique(lower(handle)) where(kind <> 'bot')\n" +
      'Doc: slug:string(*), body:varchar:optional, meta:jsonb, local_at:datetime(local), tz_at:datetime(tz), qty:integer:unsigned, rank:smallint:unsigned, tries:integer:default(expr(2 * 3 + 1)), ' +
      'ip:inet, block:cidr:optional, nick:citext:optional, code:string(8):ci\n' +
      "Note: due:date:doc('When it must be back; it''s \"firm\"'), body:text:doc('free text ☕ \\ `x` ${y}'), @doc('One note')",
    relations: [{ from: 'Member', to: 'Member', kind: 'many-to-many', name: 'vouches' }, { from: 'Member', to: 'Member', kind: 'many-to-many', name: 'follows' }],
  },
  // db-import's names that do not follow the conventions (Chinook's): @table and column(…) in their own case
  mapped: {
    entities: 'Artist: artist_id:integer:pk:column(ArtistId), name:string(120):optional:column(Name), @timestamps(none), @table(Artist)\n'
      + 'Album: album_id:integer:pk:column(AlbumId), artist_id:ref(Artist, restrict):column(ArtistId), title:string(160):column(Title), '
      + '@timestamps(none), @table(Album)',
    relations: [],
  },
  // keywords and the ORMs' own names (relations, Column, Index, String, metadata) as names, many-to-many, one-to-one, a self relation
  keywords: {
    entities: 'User: user, order, group\nOrder: select, from, desc, user_id\nGroup: name:string:unique\nSelect: key, table\nFrom: to:index, where\nDesc: asc, by\n' +
      'Relation: kind, metadata, class\nColumn: label\nIndex: code\nString: text',
    relations: [{ from: 'Group', to: 'User', kind: 'many-to-many' }, { from: 'Select', to: 'From', kind: 'one-to-one' }, { from: 'Desc', to: 'Desc', kind: 'one-to-many' }],
  },
};

/** Arrays are PostgreSQL's only (refused elsewhere): the v3 design has them there. */
const ARRAYS = '\nTagged: tags:text[], aliases:string(*)[]:optional'; // a Prisma list is never optional: the file says so

export const DESIGN_NAMES = [...EXAMPLES, ...Object.keys(RICH)];

/** The design rendered (in memory) for an ORM and dialect. */
export function ormDesign(name: string, db: DialectId, orm: InitAnswers['orm']): Rendered {
  const rich = RICH[name];
  const spec = rich
    ? exampleSpec('blog', { db, orm, entities: rich.entities + (name === 'v3' && db === 'postgres' ? ARRAYS : ''), relations: rich.relations,
      irreversible: [], scale: 'team', ...rich.over })
    : exampleSpec(name as (typeof EXAMPLES)[number], { db, orm });
  return renderSpec({ ...spec, runner: orm === 'prisma' || orm === 'sqlalchemy' ? 'existing' : spec.runner, existing: undefined });
}
