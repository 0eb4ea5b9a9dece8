/**
 * The one pipeline every later change runs (db-entity, db-field, db-relation, db-change): the saved design
 * resolved once (`ready`: settings, dialect, layout, its model checked against its snapshot) → the next model
 * compiled → one diff → the facts judged (nothing to do, NOT NULL without a value, drops and narrowings) →
 * appendMigration → one Result. db-schema's first run (init.ts) enters at appendMigration with prev = EMPTY.
 */
import type { Design } from '../state/design-schema.js';
import type { Model } from '../state/model-schema.js';
import type { Schema } from '../state/physical-schema.js';
import { savedDesign, STATE_PATH } from '../state/store.js';
import type { FileRecord } from '../io/files.js';
import type { Diff, DiffOptions } from '../diff/plan.js';
import { fail, isUserError } from '../cli/errors.js';
import { compileFor } from './design.js';
import { trustSaved } from '../model/default-expr.js';
import { appendMigration, diffOf, stateRecord, type Appended } from './migrate.js';
import { settingsOf, targetOf, type Ready } from './target.js';
import { stuckNotes } from '../report/stuck.js';
import { pruneResidue } from './residue-prune.js';
import { assertHandoffSays } from './handoff-said.js';
import { guardResidueColumns } from './residue-columns.js';
import { stopAtRebuilt } from './residue-rebuilt.js';
import { collationNotes } from '../model/collate.js';

/** What every generator's plan returns: the files (the state last), the design they leave, the report. */
export interface Result {
  files: FileRecord[]; design: Design; report: string;
  notes: string[]; schemaText: string; snippet?: string;
  migration?: { up: string; down: string };  // the paths of the (last) migration written
  up?: string; down?: string; kinds: string[]; // its bodies and the kinds of statement in it
}

/** The saved model must compile to the saved snapshot: a hand-edited state is refused, not diffed against. */
function assertConsistent(r: Ready): void {
  const compiled = compileFor(r.design.model, r.settings);
  if (JSON.stringify(compiled) === JSON.stringify(r.design.schema)) return; // the same: no diff to run
  let drift: string | undefined;
  try {
    const up = diffOf(r, r.design.schema, compiled).up;
    if (up.length) drift = `the model has ${up.length} change(s) the schema snapshot lacks`;
  } catch (e) {
    if (!isUserError(e)) throw e;
    drift = e.message.replace(/^diff: /, '');
  }
  if (drift) fail(`${STATE_PATH}: model and schema snapshot disagree (${drift}); fix it or restore it from git`);
}

/** The saved design resolved once for a later change: settings, dialect, layout, and its consistency checked. */
export function ready(loaded: Design, what: string): Ready {
  const design = savedDesign(loaded, what);
  const r = { design, ...targetOf(design, settingsOf(design, what)) };
  trustSaved(design.schema, r.dialect.caps); // its engine expressions ran when it was written
  assertConsistent(r);
  return r;
}

/** The words of a change, from its diff: the migration's name and header lines, tables whose down aborts. */
export interface Words { name: string; notes: string[]; downNotes?: string[]; irreversible?: string[]; data?: { up: string; down?: string } }

export interface Step {
  what: string;
  model: Model; next: Schema;           // the next model and its compiled schema
  diff?: DiffOptions;                   // renames, backfills
  empty?: string;                       // the line when the diff is empty; absent: an empty diff is allowed (a data step)
  quietIfEmpty?: boolean;               // an empty diff writes no migration (a rename only the design sees)
  allowDestructive?: boolean;           // absent: the change only adds (drops and narrowings cannot arise)
  stops?: Set<string>;                  // Entity.field whose backfill is "fail": the migration stops on a NULL
  design?: Design;                      // the design to record (db-change: the answers the spec gives)
  residueDrop?: string[];               // db-change's "residue": {"drop": […]}: the language's definition wins there
  words: (diff: Diff) => Words;
  report: (out: Appended, words: Words) => string;
  clock: Date; dest: string;
}

/** The facts a change must not pass silently: NOT NULL on rows that may hold NULL, and (unconfirmed) data loss. */
function judge(s: Step, diff: Diff): void {
  if (!diff.up.length && s.empty) fail(s.empty);
  if (s.allowDestructive === undefined) return;
  const f = diff.facts;
  const entityOf = (u: string) => s.next.tables.find((x) => x.name === u.split('.')[0])?.entity ?? u.split('.')[0];
  const unfilled = f.unfilled.filter((u) => !s.stops?.has(`${entityOf(u)}.${u.split('.')[1]}`));
  if (unfilled.length) {
    const [entity, c] = [entityOf(unfilled[0]), unfilled[0].split('.')[1]];
    const stop = s.stops ? ' (or "fail": stop if a row holds NULL)' : '';
    fail(`${s.what}: ${unfilled[0]} becomes NOT NULL and existing rows may hold NULL there; give the field a default or a one-off value: "backfill": {"${entity}.${c}": "''"}${stop}`);
  }
  const risky = [...f.destructive.map((x) => `drops ${x.replace(/ \(.*$/, '')}`), ...f.lossy.map((x) => `narrows ${x}`)];
  if (risky.length && !s.allowDestructive) {
    fail(`${s.what}: this change ${risky.join('; ')}: data may be lost; confirm with "allowDestructive": true (the down restores the structure, not the data)`);
  }
}

/** A later change through the one pipeline: one diff, judged, appended, the state record last. */
export function runChange(r: Ready, s: Step): Result {
  assertHandoffSays(r.design.handoff, s.next);
  const planned = diffOf(r, r.design.schema, s.next, s.diff);
  judge(s, planned);
  const pruned = pruneResidue(s.design ?? r.design, planned, r.dialect, s.what); // a dropped table's residue goes with it
  stopAtRebuilt(pruned.design, pruned.diff, s.what); // SQLite: a table the residue makes again from its original text
  const guarded = guardResidueColumns(pruned.design, pruned.diff, r.dialect, s.what, s.residueDrop); // and a column's, or it stops
  const diff = guarded.diff;
  const said = s.words(diff);
  const w = { ...said, notes: [...said.notes, ...pruned.notes, ...guarded.notes] };
  const out = appendMigration({
    target: r, design: guarded.design, prev: r.design.schema, model: s.model, clock: s.clock, dest: s.dest, ...w,
    quietIfEmpty: s.quietIfEmpty,
  }, diff);
  const files = [...out.files, stateRecord(out.design)];
  const fresh = collationNotes(s.next.tables, r.dialect.caps, r.design.schema.tables); // a collation not every server has
  // the report's lines, not the file's
  const told = { ...w, notes: [...w.notes, ...stuckNotes(r.dialect, r.layout, out.files, out.migration), ...fresh] };
  const body = (p?: string) => (p ? files.find((x) => x.path === p)?.body : undefined);
  return {
    files, design: out.design, report: s.report(out, told), notes: w.notes, schemaText: out.schemaText, migration: out.migration,
    get up() { return body(out.migration?.up); }, get down() { return body(out.migration?.down); }, // decoded when read
    kinds: diff.up.map((x) => x.kind),
  };
}
