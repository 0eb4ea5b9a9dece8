/** db-import's prompts: the source, the relations it recognised, the runner; each also a flag or a spec key. */
import { resolve } from 'node:path';
import type { CliArgs } from '../cli/args.js';
import { fail } from '../cli/errors.js';
import type { Answers, Spec } from '../state/answers-schema.js';
import { selectKey, select, type Inquirer } from '../wizard/io.js';
import { prompts } from '../wizard/tty/lazy.js';
import { expressible, recognise } from './design-from.js';
import { draftAndProve, readSource, type Source } from './read.js';
import { fileDialect, importOptions, readSchemaFile, refuseExisting, schemaFiles } from './options.js';
import { databaseUrl, dialectOfUrl, redact } from './url.js';
import { dialectOf } from '../dialects/registry.js';
import type { ResidueItem } from './residue.js';
import { ormOwnsMigrations } from '../runners/owner.js';
import type { Recognised } from './design-from.js';

export interface ImportData {
  answers: Answers; residue: ResidueItem[]; recognised: Recognised[]; label: string; left: string[]; replace: boolean;
  unread?: string[]; // what the engine keeps that its reader cannot take (SQLite's comment lines), said in the report
}

async function askSource(inq: Inquirer | undefined, dest: string, url: string | undefined): Promise<{ url?: string; file?: string }> {
  const files = schemaFiles(dest);
  if (!inq) fail('db-import: no source (no terminal to ask; give -- --url URL, or -- --file schema.sql --db postgres|mysql|sqlite)');
  const choices = [
    ...(url ? [{ value: 'url', label: `The database at ${redact(url)}`, hint: 'DATABASE_URL, read through the catalog (read-only)' }] : []),
    ...files.map((f) => ({ value: `file:${f}`, label: f, hint: 'a schema file, loaded into a scratch database and read the same way' })),
  ];
  if (!choices.length) fail('db-import: no DATABASE_URL and no *.sql file here to import; give -- --url URL or -- --file schema.sql');
  const picked = await select(inq, 'source', 'Import from', choices);
  return picked === 'url' ? { url } : { file: resolve(dest, picked.slice(5)) }; // offered relative to the target, not the cwd
}

const DEFAULTS: Omit<Answers, 'db' | 'entities' | 'intake'> = {
  orm: 'none', scale: 'team', style: 'schema-first', migctl: 'hybrid', relations: [], review: 'accept',
  runner: 'later', seed: 'skip', irreversible: [], timestamps: 'none',
};

export async function gatherImport(args: CliArgs, dest: string, inq: Inquirer | undefined, cwd = process.cwd()): Promise<ImportData> {
  const o = importOptions(args);
  refuseExisting(dest, o.replace);
  const envUrl = databaseUrl(undefined, dest);
  const pick = o.url || o.file ? { url: o.url, file: o.file } : envUrl && !inq ? { url: envUrl } : await askSource(inq, dest, envUrl);
  const given: Spec = { ...o.given };
  if (pick.file && !given.db && inq) given.db = (await selectKey(inq, 'db')) as Spec['db'];
  const src: Source = pick.file
    ? { file: { path: pick.file, text: readSchemaFile(pick.file, cwd), db: fileDialect(given, pick.file) }, cwd, scratchUrl: envUrl }
    : { url: pick.url, cwd };
  if (src.url && given.db && given.db !== dialectOfUrl(src.url)) fail(`--db ${given.db} does not match ${redact(src.url)}`);
  const { catalog, label } = await readSource(src);
  if (!catalog.tables.some(expressible)) {
    const some = catalog.tables.slice(0, 3).map((t) => t.name).join(', ');
    fail(`${label}: no table can be an entity (the entity language needs names of letters, digits and _ and a primary key: ${some}…); nothing written`);
  }
  let kept = recognise(catalog);
  if (inq && kept.length) {
    const out = await (await prompts()).multi({
      message: 'Relations recognised from the foreign keys: select any to keep as a plain column (its FK then goes to db/residue.sql)',
      choices: kept.map((r, i) => ({ value: String(i), label: r.label, hint: r.kind })), none: 'none: keep every relation',
    });
    kept = kept.filter((_, i) => !out.includes(String(i)));
  }
  if (inq && given.runner === undefined) given.runner = (await selectKey(inq, 'runner', 'later')) as Spec['runner'];
  if (inq && given.runner === 'existing' && given.existing === undefined && !ormOwnsMigrations(given.orm)) {
    given.existing = (await selectKey(inq, 'existing')) as Spec['existing'];
  }
  const own = ormOwnsMigrations(given.orm);
  const answers: Answers = {
    ...DEFAULTS, ...(own ? { style: 'code-first', runner: 'existing' } : {}), ...given,
    db: catalog.dialect, entities: '', intake: `Imported from ${label}`,
  } as Answers;
  const scratchUrl = src.url ?? (dialectOf(catalog.dialect).connection.embedded ? undefined : envUrl);
  const d = await draftAndProve(catalog, answers, kept, dest, scratchUrl);
  const { residue, recognised, left } = d;
  const names = Object.keys(d.names).length ? { names: d.names } : {};
  const unread = dialectOf(catalog.dialect).recognise?.unread?.(catalog) ?? [];
  return { answers: { ...answers, entities: d.entities, relations: d.relations, ...names }, residue, recognised, label, left, replace: o.replace, unread };
}
