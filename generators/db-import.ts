/**
 * db-import: adopt an existing database or schema file. The catalog is read (read-only), turned into the
 * entity language, and what the language cannot say goes object by object into db/residue.sql; the
 * baseline migration pair comes through the one pipeline, with the command that marks it applied.
 * The database work happens in gather (async); plan only turns its result into files.
 */
import { now } from '../src/core/paths.js';
import { gatherImport, type ImportData } from '../src/import/gather.js';
import { planImport } from '../src/import/plan.js';
import { importOptions, refuseExisting } from '../src/import/options.js';
import { databaseUrl } from '../src/import/url.js';
import { seedReady } from '../src/seed/lazy.js';
import type { Core, Data, Plan } from './shared.js';

export const DB_IMPORT: Core = {
  name: 'db-import',
  description: 'adopt an existing database or schema file: the design, a baseline migration, db/residue.sql for the rest',
  keys: ['db', 'orm', 'runner', 'existing', 'seed'],
  more: {
    url: 'the live database: postgres://…, mysql://…, sqlite:PATH (else DATABASE_URL, env or secrets/db.env); read-only',
    file: 'a schema file (schema.sql, pg_dump --schema-only, mysqldump --no-data, sqlite3 .schema), with --db',
    replace: 'yes: replace a design that exists already (written migrations stay on disk)',
  },
  example: '--url postgres://app@localhost:5432/app   or   -- --file schema.sql --db sqlite   (+ --replace yes over a design)',
  pending: (args, dest) => {
    const o = importOptions(args);
    refuseExisting(dest, o.replace);
    const source = o.url || o.file || databaseUrl(undefined, dest) ? [] : ['source'];
    return [...source, ...(o.given.runner === undefined ? ['runner'] : [])];
  },
  gather: async (args, dest, inq) => ({ ...(await gatherImport(args, dest, inq)) }) as Data,
  plan: async (data: Data, dest: string): Promise<Plan> => {
    await seedReady((data as unknown as ImportData).answers.seed);
    return planImport(data as unknown as ImportData, dest, now());
  },
};
