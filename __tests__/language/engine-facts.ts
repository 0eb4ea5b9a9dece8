/** The design of language/engines.test.ts and what each engine's catalog must say about it. */
import type { TableInfo } from '../support/engines.js';
import type { DialectId } from '../../src/dialects/dialect.js';

export const FEATURES = [
  'Language: name:char(20)',
  'Film: title:string(128):index, rate:decimal(4,2):default(4.99), rating:enum(G|PG|R):default(G), score:float:optional, ' +
    'opens:time:optional, poster:binary:optional, rank:smallint:default(1), original:ref(Language, set-null), ' +
    'qty:integer:check(qty >= 0), @timestamps(none), @index(title, rating)',
  'Country: code:char(2):pk, name:string(50):unique, @table(country)',
  'City: id:uuid, name:string(50), country_code:ref(Country, cascade), founded:date:default(today)',
  'Store: id:integer, city_id:ref(City, restrict), manager:ref(Language, no-action):optional',
  'Person: first_name:string(45), last_name:string(45), email:string(50), @unique(email, last_name), @index(last_name, first_name), @soft-delete',
  'FilmStore: film_id, store_id, @pk(film_id, store_id), @timestamps(created)',
  "Note: body, created_at:date, deleted_at:datetime:optional, label:string(20):default('café ☕ it''s')",
].join('\n');

interface Fact { type: string; nullable: boolean; default: RegExp | null }
type Facts = Record<DialectId, Fact>;
const f = (type: string, nullable = false, dflt: RegExp | null = null): Fact => ({ type, nullable, default: dflt });
const same = (x: Fact): Facts => ({ postgres: x, mysql: x, sqlite: x });

export const COLUMN_FACTS: [string, string, Facts][] = [
  ['films', 'title', { postgres: f('character varying(128)'), mysql: f('varchar(128)'), sqlite: f('varchar(128)') }],
  ['films', 'rate', { postgres: f('numeric(4,2)', false, /4\.99/), mysql: f('decimal(4,2)', false, /4\.99/), sqlite: f('numeric(4,2)', false, /4\.99/) }],
  ['films', 'rating', { postgres: f('text', false, /'G'/), mysql: f('varchar(16)', false, /'G'/), sqlite: f('text', false, /'G'/) }],
  ['films', 'score', { postgres: f('double precision', true), mysql: f('double', true), sqlite: f('real', true) }],
  ['films', 'opens', { postgres: f('time without time zone', true), mysql: f('time', true), sqlite: f('time', true) }],
  ['films', 'poster', { postgres: f('bytea', true), mysql: f('longblob', true), sqlite: f('blob', true) }],
  ['films', 'rank', { postgres: f('smallint', false, /^1$/), mysql: f('smallint(6)', false, /^1$/), sqlite: f('smallint', false, /^1$/) }],
  ['films', 'original', { postgres: f('bigint', true), mysql: f('bigint(20) unsigned', true), sqlite: f('integer', true) }],
  ['languages', 'name', { postgres: f('character(20)'), mysql: f('char(20)'), sqlite: f('char(20)') }],
  ['country', 'code', { postgres: f('character(2)'), mysql: f('char(2)'), sqlite: f('char(2)') }],
  ['cities', 'id', { postgres: f('uuid', false, /gen_random_uuid\(\)/), mysql: f('char(36)', false, /uuid\(\)/), sqlite: f('text', false, /randomblob/) }],
  ['cities', 'country_code', { postgres: f('character(2)'), mysql: f('char(2)'), sqlite: f('char(2)') }],
  ['cities', 'founded', { postgres: f('date', false, /CURRENT_DATE/), mysql: f('date', false, /curdate\(\)/), sqlite: f('date', false, /CURRENT_DATE/) }],
  ['stores', 'id', { postgres: f('integer', false, /identity always/), mysql: f('int(11)', false, /auto_increment/), sqlite: f('integer') }],
  ['stores', 'city_id', { postgres: f('uuid'), mysql: f('char(36)'), sqlite: f('text') }],
  ['film_stores', 'store_id', { postgres: f('integer'), mysql: f('int(11)'), sqlite: f('integer') }],
  ['notes', 'created_at', { postgres: f('date', false, /CURRENT_DATE/), mysql: f('date', false, /curdate\(\)/), sqlite: f('date', false, /CURRENT_DATE/) }],
  ['notes', 'deleted_at', { postgres: f('timestamp with time zone', true), mysql: f('datetime', true), sqlite: f('datetime', true) }],
  ['people', 'deleted_at', { postgres: f('timestamp with time zone', true), mysql: f('timestamp', true), sqlite: f('datetime', true) }],
  ['people', 'email', { postgres: f('character varying(50)'), mysql: f('varchar(50)'), sqlite: f('varchar(50)') }],
  ['notes', 'body', same(f('text'))],
  // non-ASCII text survives the engine's client: MySQL files start with SET NAMES utf8mb4
  ['notes', 'label', { postgres: f('character varying(20)', false, /café ☕ it''s/), mysql: f('varchar(20)', false, /café ☕ it(''|\\')s/), sqlite: f('varchar(20)', false, /café ☕ it''s/) }],
];

type Check = (t: TableInfo, db: DialectId) => boolean;
const fk = (t: TableInfo, column: string, ref: string, action: string) =>
  t.foreignKeys.some((k) => k.columns.join() === column && k.refTable === ref && k.onDelete === action);
const ix = (t: TableInfo, cols: string[], unique: boolean) =>
  t.indexes.some((i) => i.columns.join() === cols.join() && i.unique === unique);
const names = (t: TableInfo) => t.columns.map((c) => c.name);

export const KEY_FACTS: [string, string, Check][] = [
  ['country', 'natural key code, no surrogate id', (t) => t.primaryKey.join() === 'code' && !names(t).includes('id')],
  ['film_stores', 'composite key (film_id, store_id); created_at only', (t) => t.primaryKey.join() === 'film_id,store_id' &&
    names(t).includes('created_at') && !names(t).includes('updated_at')],
  ['films', 'no timestamps', (t) => !names(t).includes('created_at') && !names(t).includes('updated_at')],
  ['films', 'FK original → languages ON DELETE SET NULL', (t) => fk(t, 'original', 'languages', 'set null')],
  ['cities', 'FK country_code → country ON DELETE CASCADE', (t) => fk(t, 'country_code', 'country', 'cascade')],
  ['stores', 'FK city_id RESTRICT, manager NO ACTION', (t) => fk(t, 'city_id', 'cities', 'restrict') && fk(t, 'manager', 'languages', 'no action')],
  ['films', 'CHECK on qty present', (t) => t.checks.some((c) => c.name === 'ck_films_qty_check' && /qty/.test(c.expr))],
  ['films', 'composite index (title, rating)', (t) => ix(t, ['title', 'rating'], false)],
  ['people', 'composite unique (email, last_name) and index (last_name, first_name)', (t) =>
    ix(t, ['email', 'last_name'], true) && ix(t, ['last_name', 'first_name'], false)],
  ['people', 'soft delete: the composite unique holds over live rows (partial where the engine has them)', (t, db) =>
    t.indexes.some((i) => i.unique && i.columns.join() === 'email,last_name' && (db === 'mysql' ? !i.partial : i.partial === true))],
  ['people', 'soft delete: live-rows index (partial where the engine has them)', (t, db) =>
    (db === 'mysql' ? ix(t, ['deleted_at'], false) : t.indexes.some((i) => i.partial === true))],
];
