/**
 * A later change in memory: merged model → compiled next schema → diff against the snapshot → a new
 * migration pair (down = inverse plan), db/schema.sql regenerated from the new snapshot, and the
 * state with the migration's checksum; the state record comes last.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Answers } from '../state/answers-schema.js';
import type { Design } from '../state/design-schema.js';
import type { FileRecord } from '../io/files.js';
import { dialectOf } from '../dialects/registry.js';
import { compileFor } from '../core/design.js';
import { nextVersion } from '../core/versions.js';
import { ormRecords } from '../orm/files.js';
import { laidChecksum, layMigration, layoutOf } from '../runners/layout.js';
import { isoDate } from '../core/paths.js';
import { migrationPair, schemaSql } from '../render/sql-files.js';
import { serialiseDesign, STATE_PATH } from '../state/store.js';
import { fail, isUserError } from '../cli/errors.js';
import type { Merged } from './merge.js';
import { planDiff } from './plan.js';
import { migrationName } from './naming.js';
import { migrationNotes } from './notes.js';
import { evolveReport } from './report.js';

export interface Evolved { files: FileRecord[]; design: Design; report: string; migration?: { up: string; down: string } }

type Needs = Pick<Answers, 'db' | 'scale' | 'orm' | 'style'>;

function settings(design: Design, what: string): Needs {
  const a = design.answers;
  if (!a.db || !a.scale || !a.orm || !a.style) fail(`${what}: ${STATE_PATH} lacks db, scale, orm or style; run \`npx plop db-schema\` first`);
  return a as Needs;
}

/** The saved model must compile to the saved snapshot: a hand-edited state is refused, not diffed against. */
function assertConsistent(design: Design, a: Needs): void {
  let drift: string | undefined;
  try {
    const up = planDiff(design.schema!, compileFor(design.model!, a), dialectOf(a.db).caps).up;
    if (up.length) drift = `the model has ${up.length} change(s) the schema snapshot lacks`;
  } catch (e) {
    if (!isUserError(e)) throw e;
    drift = e.message.replace(/^diff: /, '').replace(/; db-scaffold only adds.*$/, '');
  }
  if (drift) fail(`${STATE_PATH}: model and schema snapshot disagree (${drift}); fix it or restore it from git`);
}

export function evolve(design: Design, merged: Merged, dest: string, clock: Date, what: string): Evolved {
  const a = settings(design, what);
  assertConsistent(design, a);
  const d = dialectOf(a.db);
  const diff = planDiff(design.schema!, compileFor(merged.model, a), d.caps);
  if (diff.up.length === 0) fail(`${what}: nothing to add; the design already has all of it`);
  const date = isoDate(clock);
  const schemaText = schemaSql(d, merged.model, diff.schema, { date, orm: a.orm, style: a.style });
  const next: Design = { ...design, model: merged.model, schema: diff.schema, migrations: [...design.migrations] };
  const files: FileRecord[] = [];
  const notes = migrationNotes(merged, diff.up, d.caps);
  let migration: Evolved['migration'];
  const layout = layoutOf(design.answers);
  if (layout !== 'prisma') {
    const name = migrationName(merged);
    const version = nextVersion(clock, design.migrations.map((m) => m.version));
    const pair = migrationPair(d, diff.up, { version, date, name, notes, tool: layout });
    const laid = layMigration(layout, d, { version, name, date, ...pair }, design.migrations, (f) => readFileSync(join(dest, f), 'utf8'));
    for (const f of new Set([laid.paths.up, laid.paths.down])) if (existsSync(join(dest, f))) fail(`${f} exists already; a written migration is never edited`);
    files.push(...laid.files);
    next.migrations.push({ version, name, ...laid.paths, checksum: laidChecksum(laid), irreversible: [] });
    migration = laid.paths;
  }
  files.push({ path: 'db/schema.sql', body: schemaText }, ...ormRecords(next));
  files.push({ path: STATE_PATH, body: serialiseDesign(next) });
  return { files, design: next, migration, report: evolveReport({ what, merged, design: next, migration, notes, schemaText }) };
}
