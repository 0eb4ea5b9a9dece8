/**
 * A table keyed by a TEXT column (common on SQLite: `code TEXT PRIMARY KEY`) has a key the language cannot say
 * (text is not a key type). It is no entity then: the residue creates it whole. Before, its entity dropped the
 * key and gained an `id` the table does not have, so db/schema.sql lied and a later db-change rebuild copied a
 * column that does not exist (sqlite3: datatype mismatch).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { catalogOf, replay, sqliteFile } from './roundtrip.js';
import { tempDir } from '../support/temp.js';

const SQL = `CREATE TABLE "group" (code TEXT PRIMARY KEY, label TEXT);
CREATE TABLE member (id INTEGER PRIMARY KEY, name TEXT NOT NULL, group_code TEXT REFERENCES "group"(code));`;

test('SQLite: a TEXT primary key: no entity with an invented id; the round trip exact', async () => {
  const file = await sqliteFile(SQL, tempDir('text-key'));
  const trip = await replay('sqlite', await catalogOf('sqlite', SQL), ['--url', `sqlite:${file}`]);
  expect(trip.diffs).toEqual([]);
  const entities = JSON.parse(readFileSync(join(trip.dest, 'db', 'design.json'), 'utf8')).answers.entities as string;
  expect(entities).not.toMatch(/^Group:/m);
  expect(readFileSync(join(trip.dest, 'db', 'schema.sql'), 'utf8')).not.toMatch(/"group"/);
  expect(trip.residue).toMatch(/-- table group: a primary key on a column of type text/);
}, 240_000);
