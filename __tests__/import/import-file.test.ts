/**
 * db-import from a schema file, no server: a PostgreSQL file loaded into PGlite, a SQLite file into sql.js;
 * baseline + residue replayed on a fresh PGlite / sql.js give the file's catalog object by object.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dialectOf } from '../../src/dialects/registry.js';
import { openReadable } from '../support/readable.js';
import { tempDir } from '../support/temp.js';
import { PKG, replay, residueCount } from './roundtrip.js';

const cases = [
  { engine: 'pglite', db: 'postgres', sample: 'rental' },
  { engine: 'sqlite', db: 'sqlite', sample: 'rental' },
] as const;

describe.each(cases)('db-import --file on $engine', ({ engine, db, sample }) => {
  test(`${sample}/${db}.sql → design + residue → the same catalog`, async () => {
    const sql = readFileSync(join(PKG, '__tests__', 'import', 'samples', sample, `${db}.sql`), 'utf8');
    const file = join(tempDir('schema-file'), 'schema.sql');
    writeFileSync(file, sql);
    const source = await openReadable(engine);
    let original;
    try {
      await source.exec(sql);
      original = await dialectOf(source.dialect).readCatalog(source.conn);
    } finally {
      await source.close();
    }
    const trip = await replay(engine, original, ['--file', file, '--db', db]);
    expect(trip.diffs).toEqual([]);
    expect(trip.run.out.join('\n')).toContain(`Imported schema file ${file}`);
    expect(residueCount(trip.run)).toBeGreaterThan(0);
  }, 240000);
});
