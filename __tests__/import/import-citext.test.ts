/**
 * A PostgreSQL schema with CITEXT columns (what the language's `ci` and `citext` write) imports: the columns become
 * `citext` fields, so the baseline creates the extension before them, and the round trip gives the same catalog.
 * Before, they were text fields whose residue retyped them to a citext no CREATE EXTENSION had made: the import
 * stopped ("type citext does not exist"), from a file as from a live database; so did a table the residue creates
 * whole (tags: a generated column before others) with a citext column.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../support/temp.js';
import { catalogOf, replay } from './roundtrip.js';

const MEMBERS = 'CREATE TABLE members (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, handle citext NOT NULL UNIQUE, note citext);';
const TAGS = 'CREATE TABLE counts (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, n integer);\n'
  + 'CREATE TABLE tags (id serial PRIMARY KEY, doubled integer GENERATED ALWAYS AS (id * 2) STORED, label citext NOT NULL);';

test.each([
  ['citext columns', MEMBERS, /CREATE EXTENSION IF NOT EXISTS citext;[\s\S]*"handle" CITEXT NOT NULL/, /^/],
  ['a table created whole by the residue', TAGS, /^/, /CREATE EXTENSION IF NOT EXISTS citext;[\s\S]*CREATE TABLE "tags"/],
])('PostgreSQL file with %s: imported, the same catalog back', async (_what, table, up, residue) => {
  const sql = `CREATE EXTENSION IF NOT EXISTS citext;\n${table}\n`;
  const file = join(tempDir('import-citext'), 'schema.sql');
  writeFileSync(file, sql);
  const trip = await replay('pglite', await catalogOf('pglite', sql), ['--file', file, '--db', 'postgres']);
  expect(trip.diffs).toEqual([]);
  expect(trip.up).toMatch(up);
  expect(trip.residue).toMatch(residue);
}, 240_000);
