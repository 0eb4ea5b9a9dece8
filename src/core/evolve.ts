/**
 * A later change in memory, through the one pipeline (migrate.ts): the merged model compiled, diffed
 * against the snapshot, one migration appended, the state record last.
 */
import type { Answers } from '../state/answers-schema.js';
import type { Design } from '../state/design-schema.js';
import type { FileRecord } from '../io/files.js';
import { compileFor } from './design.js';
import { dialectOf } from '../dialects/registry.js';
import { STATE_PATH } from '../state/store.js';
import { fail, isUserError } from '../cli/errors.js';
import type { Merged } from '../model/merge.js';
import { migrationName } from '../diff/naming.js';
import { migrationNotes } from '../diff/notes.js';
import { evolveReport } from '../diff/report.js';
import { writeEntities } from '../model/write-entities.js';
import { appendMigration, diffOf, stateRecord, type Settings } from './migrate.js';

export interface Evolved { files: FileRecord[]; design: Design; report: string; migration?: { up: string; down: string } }

type Needs = Pick<Answers, 'db' | 'scale' | 'orm' | 'style'>;

export function settings(design: Design, what: string): Needs {
  const a = design.answers;
  if (!a.db || !a.scale || !a.orm || !a.style) fail(`${what}: ${STATE_PATH} lacks db, scale, orm or style; run \`npx plop db-schema\` first`);
  return a as Needs;
}

/** The saved model must compile to the saved snapshot: a hand-edited state is refused, not diffed against. */
export function assertConsistent(design: Design, a: Needs): void {
  let drift: string | undefined;
  try {
    const up = diffOf({ prev: design.schema!, next: compileFor(design.model!, a), settings: a as Settings }).up;
    if (up.length) drift = `the model has ${up.length} change(s) the schema snapshot lacks`;
  } catch (e) {
    if (!isUserError(e)) throw e;
    drift = e.message.replace(/^diff: /, '');
  }
  if (drift) fail(`${STATE_PATH}: model and schema snapshot disagree (${drift}); fix it or restore it from git`);
}

export function evolve(design: Design, merged: Merged, dest: string, clock: Date, what: string): Evolved {
  const a = settings(design, what);
  assertConsistent(design, a);
  const change = { design, prev: design.schema!, model: merged.model, next: compileFor(merged.model, a), settings: a as Settings };
  const diff = diffOf(change);
  if (diff.up.length === 0) fail(`${what}: nothing to add; the design already has all of it`);
  const notes = migrationNotes(merged, diff.up, dialectOf(a.db).caps);
  const said = { ...design.answers, entities: writeEntities(merged.model), relations: merged.model.relations }; // the design as it now is
  const out = appendMigration({ ...change, design: { ...design, answers: said }, name: migrationName(merged), clock, dest, notes }, diff);
  const report = evolveReport({ what, merged, design: out.design, migration: out.migration, notes, schemaText: out.schemaText });
  return { files: [...out.files, stateRecord(out.design)], design: out.design, migration: out.migration, report };
}
