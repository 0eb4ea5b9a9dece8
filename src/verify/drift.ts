/**
 * Drift: the live database (`--url`, else DATABASE_URL — for MySQL designs DATABASE_URL is the replay's
 * scratch, so only `--url`), read through a read-only session, against the catalog the migrations give at
 * the version its runner's table says it is at. Every object that differs is named. `--revert` and `--adopt`
 * write files for the drift (drift-fix.ts); nothing is ever run against the live database.
 */
import type { Design } from '../state/design-schema.js';
import type { Dialect } from '../dialects/dialect.js';
import type { Catalog } from '../catalog/types.js';
import { diffCatalogs } from '../catalog/diff.js';
import { appliedVersions, RUNNER_TABLES } from '../runners/applied.js';
import { CouldNotVerify, type Finding, type StepResult } from './finding.js';
import { layoutOfDesign, type MigrationText } from './migrations.js';
import { openLive } from './scratch.js';
import { inSchemaSql, tableOf } from './locate.js';
import { fixDrift } from './drift-fix.js';
import { keyedByWhat } from './live-names.js';
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { FileRecord } from '../io/files.js';

export interface DriftOptions { url?: string; adopt: boolean; revert: boolean; env: NodeJS.ProcessEnv; clock?: Date }

const RUNNERS = new Set(Object.values(RUNNER_TABLES));
const runnerOwned = (name: string) => RUNNERS.has(name) || [...RUNNERS].some((r) => name.startsWith(`${r}_`));

/** The live catalog without the runners' own tables (and their sequences, triggers). */
export function withoutRunners(c: Catalog): Catalog {
  return {
    ...c, tables: c.tables.filter((t) => !runnerOwned(t.name)),
    sequences: c.sequences.filter((s) => !runnerOwned(s.name) && !runnerOwned((s.ownedBy ?? '').split('.')[0])),
    triggers: c.triggers.filter((t) => !runnerOwned(t.table)),
  };
}

/** No runner's table: what is missing, and how to give the database its version (a database db-import read holds its baseline). */
function noVersion(label: string, layout: keyof typeof RUNNER_TABLES, design: Design): string {
  const first = design.migrations[0]?.version;
  const whose = design.answers.runner === 'later' ? `the runner is undecided, so db-verify reads ${layout}'s` : `${layout}'s`;
  const baseline = first ? ` (a database db-import read holds the baseline ${first}: db-import printed the commands)` : '';
  return `${label} has no ${RUNNER_TABLES[layout]} table (${whose}): cannot tell which version it is at; `
    + `mark the migrations it holds applied with the runner${baseline}, then run db-verify again`;
}

export type CatalogAt = (migrations: number) => Promise<Catalog | undefined>;

export async function drift(dest: string, design: Design, d: Dialect, texts: MigrationText[], catalogAt: CatalogAt, o: DriftOptions):
  Promise<{ step: StepResult; files: FileRecord[] }> {
  const url = o.url ?? (d.connection.embedded ? o.env.DATABASE_URL : undefined);
  if (!url) {
    if (o.adopt || o.revert) throw new CouldNotVerify(`--${o.adopt ? 'adopt' : 'revert'} needs the live database: give --url${d.connection.embedded ? ' or DATABASE_URL' : ''}`);
    return { step: { step: 'drift', status: 'skipped', summary: `no live database (give --url${d.connection.embedded ? ' or DATABASE_URL' : ''})`, findings: [] }, files: [] };
  }
  const live = await openLive(d.id, url);
  let raw: Catalog; let applied;
  const layout = layoutOfDesign(design);
  try {
    raw = await d.readCatalog(live.conn);
    applied = await appliedVersions(layout, live.conn, raw.tables.map((t) => t.name));
  } finally { await live.close(); }
  if (!applied) throw new CouldNotVerify(noVersion(live.label, layout, design));
  if (applied.dirty) throw new CouldNotVerify(`${live.label}: ${RUNNER_TABLES[layout]} says the last migration failed half-way (dirty); fix that first`);
  const at = applied.versions[applied.versions.length - 1];
  const index = at === undefined ? 0 : texts.findIndex((t) => t.version === at) + 1;
  if (index === 0 && at !== undefined) throw new CouldNotVerify(`${live.label} is at version ${at}, which db/design.json does not record`);
  const at0 = await catalogAt(texts.filter((t, i) => i < index && !t.missing).length);
  const keyed = (c: Catalog) => (d.caps.unnamedKeys ? keyedByWhat(c) : c);
  const expected = at0 && keyed(at0); const liveCat = keyed(withoutRunners(raw));
  if (!expected) throw new CouldNotVerify(`the replay did not reach version ${at ?? 'none'}, so there is nothing to compare ${live.label} with`);
  const diffs = diffCatalogs(liveCat, expected);
  const version = at ?? 'no version';
  const schemaSql = existsSync(join(dest, 'db/schema.sql')) ? readFileSync(join(dest, 'db/schema.sql'), 'utf8') : '';
  const findings: Finding[] = diffs.map((x) => {
    const where = inSchemaSql(schemaSql, tableOf(x.object));
    const detail = x.detail.replace('only in a', 'only in the live database').replace('only in b', 'missing from the live database')
      .replace(/\ba (\S)/, 'live $1').replace(/ \/ b /, ' / migrations ');
    return { step: 'drift', file: where.file, line: where.line, rule: 'schema-drift', message: `${x.object}: ${detail} (${live.label} at ${version})`,
      fix: '--adopt takes it into the design as a migration pair; --revert writes the SQL that brings the database back' };
  });
  const files = findings.length && (o.adopt || o.revert) ? fixDrift(dest, design, d, liveCat, expected, o) : [];
  const written = files.filter((f) => f.path !== 'db/design.json').map((f) => f.path);
  const summary = findings.length ? `${findings.length} difference${findings.length === 1 ? '' : 's'} in ${live.label} at ${version}` : `${live.label} at ${version} matches the migrations`;
  return { step: { step: 'drift', status: findings.length ? 'findings' : 'ok', summary: written.length ? `${summary}; ${o.adopt ? 'adopted' : 'revert'}: ${written.filter((p) => /migrations|drift|alembic/.test(p)).join(', ')}` : summary, findings }, files };
}
