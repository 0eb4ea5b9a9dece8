/** db-import's own options (`--url`, `--file`, `--replace`) apart from the db-schema answers it takes as keys. */
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { CliArgs } from '../cli/args.js';
import { givenAnswers } from '../cli/given.js';
import { fail } from '../cli/errors.js';
import { readBounded } from '../cli/spec-read.js';
import type { Spec } from '../state/answers-schema.js';
import type { DialectId } from '../dialects/dialect.js';
import { loadDesign, STATE_PATH } from '../state/store.js';

export const OWN = ['url', 'file', 'replace'] as const;
export const ANSWER_KEYS = ['db', 'orm', 'runner', 'existing', 'seed'] as const;
export const FILE_LIMIT = 16 * 1024 * 1024;

export interface ImportOptions { url?: string; file?: string; replace: boolean; given: Spec }

export function importOptions(args: CliArgs): ImportOptions {
  const own = Object.fromEntries(Object.entries(args.values).filter(([k]) => (OWN as readonly string[]).includes(k)));
  const rest = Object.fromEntries(Object.entries(args.values).filter(([k]) => !(OWN as readonly string[]).includes(k)));
  const given = givenAnswers({ ...args, values: rest });
  const extra = Object.keys(given).filter((k) => !(ANSWER_KEYS as readonly string[]).includes(k));
  if (extra.length) fail(`db-import: '${extra[0]}' is not an import answer (allowed: ${[...OWN, ...ANSWER_KEYS].join(', ')})`);
  if (own.replace !== undefined && !['yes', 'no'].includes(own.replace)) fail(`--replace ${own.replace}: allowed yes|no`);
  if (own.url && own.file) fail('db-import: give --url or --file, not both');
  return { url: own.url, file: own.file, replace: own.replace === 'yes', given };
}

/** A design is there already (entities, a schema or migrations): refused unless --replace yes. */
export function refuseExisting(dest: string, replace: boolean): void {
  const d = loadDesign(dest);
  if (!d || replace) return;
  if (d.model?.entities.length || d.migrations.length || d.answers.entities) {
    const how = 'give --replace yes to replace it (written migrations stay on disk)';
    fail(`${STATE_PATH}: a design exists already; db-import starts a design, ${how}`);
  }
}

export function readSchemaFile(path: string, cwd: string): string {
  return readBounded(resolve(cwd, path), `--file ${path}`, FILE_LIMIT, 'a schema file');
}

/** Schema files a terminal run offers as clicks: *.sql in the target and its db/ (not db-scaffold's own). */
export function schemaFiles(dest: string): string[] {
  const own = new Set(['db/schema.sql', 'db/residue.sql', 'db/seed.sql']);
  return ['', 'db'].flatMap((dir) => {
    const at = join(dest, dir);
    if (!existsSync(at)) return [];
    return readdirSync(at).filter((f) => f.endsWith('.sql')).map((f) => (dir ? `${dir}/${f}` : f)).filter((f) => !own.has(f));
  });
}

export const fileDialect = (given: Spec, path: string): DialectId => {
  if (!given.db) fail(`--file ${path}: say which engine it is for with --db postgres|mysql|sqlite`);
  return given.db;
};
