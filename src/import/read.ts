/**
 * The async half of db-import: read the source's catalog, draft the design, run its baseline on a scratch
 * database of the same engine, and derive the residue from what still differs; then replay the residue
 * there too and refuse (one line, nothing written) if anything is still not exact.
 */
import type { Catalog, CatTable } from '../catalog/types.js';
import { diffCatalogs, type CatalogDifference } from '../catalog/diff.js';
import type { DialectId } from '../dialects/dialect.js';
import { dialectOf } from '../dialects/registry.js';
import type { Answers } from '../state/answers-schema.js';
import type { Relation } from '../state/model-schema.js';
import { buildInit } from '../core/init.js';
import { fail } from '../cli/errors.js';
import { draft, expressible, recognise, type Recognised } from './design-from.js';
import { unkeyable } from './recognise.js';
import { residueOf, residueSql, type ResidueItem } from './residue.js';
import { LANG_MADE } from './residue-table.js';
import { openFile, openUrl, type Opened } from './source.js';
import { scratchSeries } from './scratch.js';
import { namesOf } from './names.js';
import { redact } from './url.js';
import { saidFor } from './handoff-catalog.js';

export interface Source { url?: string; file?: { path: string; text: string; db: DialectId }; cwd: string; scratchUrl?: string }

export async function readSource(s: Source): Promise<{ catalog: Catalog; label: string }> {
  const db: Opened = s.file ? await openFile(s.file.path, s.file.text, s.file.db, s.scratchUrl) : await openUrl(s.url!, s.cwd);
  try {
    const catalog = await dialectOf(db.dialect).readCatalog(db.conn);
    const label = s.file ? `schema file ${s.file.path}` : redact(s.url!);
    const odd = catalog.unsupported?.[0];
    if (odd) fail(`unsupported object: ${odd} in ${label} (db-import cannot recreate it exactly); nothing written`);
    if (catalog.tables.length === 0) fail(`${label}: no tables to import (an empty database or schema)`);
    return { catalog, label };
  } finally {
    await db.close().catch(() => undefined);
  }
}

const whyNot = (t: CatTable) => (!t.primaryKey ? 'a table without a primary key (every entity has one)'
  : unkeyable(t) ? `a primary key on a column of type ${unkeyable(t)} (the language keys string(n), char(n), uuid or integers)`
  : 'a name the language cannot hold (letters, digits and _ only; two columns the same in snake_case)');

/** The first migration's up as the `later` layout writes it (one plain SQL file). */
function baselineUp(a: Answers, dest: string): string {
  const built = buildInit({ ...a, runner: 'later', orm: 'none', style: 'schema-first' }, undefined, dest, new Date());
  const up = built.design.migrations[0]?.up;
  return built.files.find((f) => f.path === up)?.body ?? '';
}

export interface Drafted {
  entities: string; relations: Relation[]; names: Record<string, string>; recognised: Recognised[]; residue: ResidueItem[]; left: string[];
}

/** One attempt: the baseline of the design without `exclude` on a scratch database, its residue, what still differs. */
async function attempt(catalog: Catalog, a: Answers, kept: Recognised[] | undefined, dest: string, scratch: Opened,
  exclude: Set<string>, unkeyed: Set<string>): Promise<Drafted & { still: CatalogDifference[]; found: Record<string, string>; misread: string[] }> {
  const d = dialectOf(catalog.dialect);
  const said = saidFor(catalog, a.orm);
  const drafted = draft(said, kept ?? recognise(catalog), exclude, unkeyed);
  const { entities, relations, recognised, left } = drafted;
  await scratch.exec(baselineUp({ ...a, entities: drafted.entities, relations: drafted.relations }, dest));
  const base = await d.readCatalog(scratch.conn);
  const found = namesOf(catalog, base);
  const names = a.names ?? {};
  const fresh = Object.entries(found).some(([k, v]) => names[k] !== v);
  if (fresh) return { entities, relations, names, recognised, residue: [], left, still: [], found, misread: [] }; // again, with the names
  const gen = (t: CatTable) => t.columns.filter((c) => c.generated).map((c) => c.name).join(', ');
  const why = (t: CatTable) => (exclude.has(t.name) ? (gen(t) ? `generated column ${gen(t)} amid its columns (the language has no `
    + 'generated columns, and one the residue adds comes last): created whole, its relations with it'
    : 'its columns in an order the language cannot keep (created whole)')
    : expressible(t) ? 'left out' : whyNot(t));
  const residue = residueOf(catalog, base, d.replay, why);
  // an index the design says that the baseline makes otherwise (dropped and added by the residue): said no more, again
  const misread = residue.filter((x) => x.kind === 'index' && x.reason === LANG_MADE && !unkeyed.has(x.name)
    && residue.some((y) => y.kind === 'index' && y.name === x.name && y.reason !== LANG_MADE)).map((x) => x.name);
  if (misread.length) return { entities, relations, names, recognised, residue, left, still: [], found, misread };
  if (residue.length) {
    try {
      await scratch.exec(residueSql(residue, []));
    } catch (e) {
      fail(`the residue does not replay on a scratch database (${String((e as Error).message).split('\n')[0]}); nothing written`);
    }
  }
  const still = diffCatalogs(catalog, await d.readCatalog(scratch.conn));
  return { entities, relations, names, recognised, residue, left, still, found, misread: [] };
}

/**
 * The design for `catalog` with the relations in `kept` and its residue, proved on a scratch database; a table
 * the residue cannot make exact in place (a column order) is created whole by the residue instead.
 */
export async function draftAndProve(catalog: Catalog, a: Answers, kept: Recognised[] | undefined, dest: string,
  scratchUrl?: string): Promise<Drafted> {
  const exclude = new Set<string>();
  const unkeyed = new Set<string>();
  let names: Record<string, string> = {};
  const scratches = scratchSeries(catalog.dialect, scratchUrl);
  try {
    for (;;) {
      const r = await attempt(catalog, { ...a, names }, kept, dest, await scratches.fresh(), exclude, unkeyed);
      if (r.misread.length) { r.misread.forEach((x) => unkeyed.add(x)); continue; }
      // the baseline names what the original names otherwise: keep the original's (once: a name the design cannot set stays)
      if (Object.entries(r.found).some(([k, v]) => names[k] !== v)) {
        names = { ...names, ...r.found };
        continue;
      }
      if (!r.still.length) return r;
      const tables = r.still.map((x) => /^table (\S+)$/.exec(x.object)?.[1]).filter((t): t is string => !!t && !exclude.has(t));
      if (r.still.length !== tables.length) {
        const x = r.still.find((y) => !/^table /.test(y.object))!;
        fail(`unsupported object: ${x.object} (${x.detail}); db-import cannot recreate it exactly, nothing written`);
      }
      for (const t of tables) exclude.add(t);
    }
  } finally {
    await scratches.close();
  }
}
