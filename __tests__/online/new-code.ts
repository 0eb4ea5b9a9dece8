/**
 * The new code's writer statements, for a contract applied under load: the same round robin as the old code's
 * (load.ts), by the names of the schema after the change (a renamed table or column, a dropped one gone), its inserts
 * setting every column the new shape requires (NOT NULL without a default: the contract drops the helper defaults).
 */
import type { Schema, Table } from '../../src/state/physical-schema.js';
import { ROWS } from './load.js';

/** A value for each column the catalogue's books and authors may require, by name (renamed columns too). */
const VALUES: Record<string, (k: string) => string> = {
  title: () => "'w'", headline: () => "'w'", isbn: (n) => `'c${n}'`, code: (n) => `'c${n}'`, pages: () => '1', page_count: () => '1',
  status: () => "'live'", state: () => "'live'", format: () => "'paper'", author_id: () => '1', volume_id: () => '1', subtitle: () => "'s'",
  stock_count: () => '0', price_amount: () => '0', name: (k) => `'w-${k}'`, is_active: () => 'TRUE', country: () => "'BE'",
};

function insert(t: Table, k: string): string {
  const cols = t.columns.filter((c) => !c.identity && !c.nullable && c.default === undefined).map((c) => c.name);
  const unknown = cols.filter((c) => !VALUES[c]);
  if (unknown.length) throw new Error(`new code: no value for ${t.name}.${unknown.join(', ')}`);
  return `INSERT INTO ${t.name} (${cols.join(', ')}) VALUES (${cols.map((c) => VALUES[c](k)).join(', ')})`;
}

/** The statement function underLoad takes, for the tables of `schema` whose entities are Book and Author. */
export function newCode(schema: Schema): (n: number, tag: string) => string {
  const of = (entity: string) => schema.tables.find((t) => t.entity === entity)!;
  const [books, authors] = [of('Book'), of('Author')];
  const pages = books.columns.some((c) => c.name === 'page_count') ? 'page_count' : 'pages';
  return (n, tag) => {
    const id = 1 + ((n * 7919) % ROWS);
    switch (n % 5) {
      case 0: return insert(authors, `${tag}-${n}`);
      case 1: return insert(books, String(n)); // fits the narrowest isbn of the catalogue (8)
      case 2: return `UPDATE ${books.name} SET ${pages} = ${pages} + 1 WHERE id = ${id}`;
      case 3: return `UPDATE ${authors.name} SET is_active = NOT is_active WHERE id = ${1 + (n % 1000)}`;
      default: return `SELECT * FROM ${books.name} WHERE id = ${id}`;
    }
  };
}
