/**
 * The catalog facts of the original Sakila schema (MySQL, version 0.8, the variant with INT UNSIGNED keys),
 * written down from its CREATE TABLE statements: column types (MySQL terms), nullability, primary keys,
 * uniques, indexes (as MySQL keeps them, including the index it adds for an FK without one) and FK actions.
 */
export type Col = [name: string, type: string, nullable: boolean];
export interface OrigTable { columns: Col[]; pk: string[]; uniques: string[][]; indexes: string[][]; fks: [string, string, string][] }

const id = (n: string): Col => [n, 'int unsigned', false];
const LU: Col = ['last_update', 'timestamp', false];
const plain = (name: string, cols: Col[], extra: Partial<OrigTable> = {}): OrigTable =>
  ({ columns: [id(name), ...cols], pk: [name], uniques: [], indexes: [], fks: [], ...extra });
const r = 'restrict';

export const ORIGINAL: Record<string, OrigTable> = {
  actor: plain('actor_id', [['first_name', 'varchar(45)', false], ['last_name', 'varchar(45)', false], LU], { indexes: [['last_name']] }),
  address: plain('address_id', [['address', 'varchar(50)', false], ['address2', 'varchar(50)', true], ['district', 'varchar(20)', false],
    id('city_id'), ['postal_code', 'varchar(10)', true], ['phone', 'varchar(20)', false], LU], { indexes: [['city_id']], fks: [['city_id', 'city', r]] }),
  category: plain('category_id', [['name', 'varchar(25)', false], LU]),
  city: plain('city_id', [['city', 'varchar(50)', false], id('country_id'), LU], { indexes: [['country_id']], fks: [['country_id', 'country', r]] }),
  country: plain('country_id', [['country', 'varchar(50)', false], LU]),
  customer: plain('customer_id', [id('store_id'), ['first_name', 'varchar(45)', false], ['last_name', 'varchar(45)', false],
    ['email', 'varchar(50)', true], id('address_id'), ['active', 'boolean', false], ['create_date', 'datetime', false], ['last_update', 'timestamp', true]],
  { indexes: [['store_id'], ['address_id'], ['last_name']], fks: [['address_id', 'address', r], ['store_id', 'store', r]] }),
  film: plain('film_id', [['title', 'varchar(255)', false], ['description', 'text', true], ['release_year', 'year', true], id('language_id'),
    ['original_language_id', 'int unsigned', true], ['rental_duration', 'tinyint unsigned', false], ['rental_rate', 'decimal(4,2)', false],
    ['length', 'smallint unsigned', true], ['replacement_cost', 'decimal(5,2)', false], ['rating', 'enum', true], ['special_features', 'set', true], LU],
  { indexes: [['title'], ['language_id'], ['original_language_id']], fks: [['language_id', 'language', r], ['original_language_id', 'language', r]] }),
  film_actor: { columns: [id('actor_id'), id('film_id'), LU], pk: ['actor_id', 'film_id'], uniques: [], indexes: [['film_id']],
    fks: [['actor_id', 'actor', r], ['film_id', 'film', r]] },
  film_category: { columns: [id('film_id'), id('category_id'), LU], pk: ['film_id', 'category_id'], uniques: [], indexes: [['category_id']],
    fks: [['film_id', 'film', r], ['category_id', 'category', r]] },
  film_text: { columns: [['film_id', 'int', false], ['title', 'varchar(255)', false], ['description', 'text', true]], pk: ['film_id'],
    uniques: [], indexes: [], fks: [] },
  inventory: plain('inventory_id', [id('film_id'), id('store_id'), LU],
    { indexes: [['film_id'], ['store_id', 'film_id']], fks: [['store_id', 'store', r], ['film_id', 'film', r]] }),
  language: plain('language_id', [['name', 'char(20)', false], LU]),
  payment: plain('payment_id', [id('customer_id'), id('staff_id'), ['rental_id', 'int', true], ['amount', 'decimal(5,2)', false],
    ['payment_date', 'datetime', false], ['last_update', 'timestamp', true]],
  { indexes: [['staff_id'], ['customer_id'], ['rental_id']], fks: [['rental_id', 'rental', 'set null'], ['customer_id', 'customer', r], ['staff_id', 'staff', r]] }),
  rental: { columns: [['rental_id', 'int', false], ['rental_date', 'datetime', false], id('inventory_id'), id('customer_id'),
    ['return_date', 'datetime', true], id('staff_id'), LU], pk: ['rental_id'], uniques: [['rental_date', 'inventory_id', 'customer_id']],
  indexes: [['inventory_id'], ['customer_id'], ['staff_id']], fks: [['staff_id', 'staff', r], ['inventory_id', 'inventory', r], ['customer_id', 'customer', r]] },
  staff: plain('staff_id', [['first_name', 'varchar(45)', false], ['last_name', 'varchar(45)', false], id('address_id'), ['picture', 'mediumblob', true],
    ['email', 'varchar(50)', true], id('store_id'), ['active', 'boolean', false], ['username', 'varchar(16)', false], ['password', 'varchar(40)', true], LU],
  { indexes: [['store_id'], ['address_id']], fks: [['store_id', 'store', r], ['address_id', 'address', r]] }),
  store: plain('store_id', [id('manager_staff_id'), id('address_id'), LU], { uniques: [['manager_staff_id']], indexes: [['address_id']],
    fks: [['manager_staff_id', 'staff', r], ['address_id', 'address', r]] }),
};

/** Defaults the original gives (the catalog default must say the same value). */
export const DEFAULTS: [string, string, RegExp][] = [
  ['film', 'rental_duration', /^3$/], ['film', 'rental_rate', /^4\.99$/], ['film', 'replacement_cost', /^19\.99$/], ['film', 'rating', /'G'/],
  ['customer', 'active', /^(true|1|TRUE)$/], ['staff', 'active', /^(true|1|TRUE)$/], ['actor', 'last_update', /^(now\(\)|current_timestamp\(\)|CURRENT_TIMESTAMP)$/],
];

/** The natural type on each engine of an original MySQL type (before any difference). */
export function natural(db: 'postgres' | 'mysql' | 'sqlite', t: string): string {
  const m = /^(varchar|char|decimal)\((.*)\)$/.exec(t);
  if (m) return db === 'postgres' ? `${{ varchar: 'character varying', char: 'character', decimal: 'numeric' }[m[1]]}(${m[2]})` : db === 'sqlite' && m[1] === 'decimal' ? `numeric(${m[2]})` : t;
  const table: Record<string, [string, string, string]> = {
    'int unsigned': ['integer', 'int(10) unsigned', 'integer'], int: ['integer', 'int(11)', 'integer'],
    'smallint unsigned': ['smallint', 'smallint(5) unsigned', 'smallint'], 'tinyint unsigned': ['smallint', 'tinyint(3) unsigned', 'tinyint'],
    text: ['text', 'text', 'text'], boolean: ['boolean', 'tinyint(1)', 'boolean'], year: ['smallint', 'year(4)', 'year'],
    datetime: ['timestamp without time zone', 'datetime', 'datetime'], timestamp: ['timestamp with time zone', 'timestamp', 'datetime'],
    mediumblob: ['bytea', 'mediumblob', 'blob'], enum: ['mpaa_rating (an enum type)', "enum('G','PG','PG-13','R','NC-17')", 'text'],
    set: ['text[]', "set('Trailers','Commentaries','Deleted Scenes','Behind the Scenes')", 'text'],
  };
  return table[t][['postgres', 'mysql', 'sqlite'].indexOf(db)];
}
