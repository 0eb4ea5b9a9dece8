/**
 * The private folder of a run inside the target and its journal. A run stages every file there, writes
 * the journal, then moves the files into place in order (the state last). A run cut short is undone from
 * the journal — by its own process on an error, or by the next run (under the lock) after a kill: moved
 * files get their old content back (or go, if they were new), made folders go if empty. Once the last
 * entry is in place the run is complete, and only the folder is left to remove.
 */
import { existsSync, lstatSync, readdirSync, readFileSync, renameSync, rmdirSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { removeSync } from 'fs-extra/esm';
import { fail } from '../base/errors.js';
import { depthLine } from '../base/depth.js';
import { checkJournal, checkRollBack, journalShape, type Journal } from './journal-trust.js';
import { writeStep } from './testing.js';

export const RUN_DIR = '.db-scaffold-run';
export const JOURNAL = 'journal.json';

export type { Entry, Journal } from './journal-trust.js';

const ignoreMissing = (fn: () => void) => {
  try {
    fn();
  } catch (e) {
    if (!['ENOENT', 'ENOTEMPTY', 'EEXIST'].includes((e as { code?: string }).code ?? '')) throw e;
  }
};

const foreign = () => fail(`${RUN_DIR}/${JOURNAL} is not a journal a db-scaffold run wrote in this folder (a branch or a copy can bring one); nothing was changed: look at ${RUN_DIR}/, then remove it`);

/** The journal, checked: its own shape and names, its run folder's identity, every path inside the target. */
function readJournal(root: string): Journal | undefined {
  const file = join(root, RUN_DIR, JOURNAL);
  if (!existsSync(file)) return undefined; // written to a temp name, then renamed: never half there
  let j: Journal | undefined;
  try {
    const text = readFileSync(file, 'utf8');
    j = depthLine(text) ? undefined : journalShape(JSON.parse(text));
  } catch {
    return foreign();
  }
  if (!j) return foreign();
  checkJournal(root, RUN_DIR, j, foreign);
  return j;
}

/** The run folder, if any: a real folder, never a link (its contents get removed). */
function runFolder(root: string): string | undefined {
  const run = join(root, RUN_DIR);
  const st = lstatOrNone(run);
  if (!st) return undefined;
  if (st.isSymbolicLink()) fail(`${RUN_DIR} is a symbolic link; db-scaffold's run folder must be a real folder (remove the link)`);
  return run;
}

function lstatOrNone(p: string) {
  try { return lstatSync(p); } catch { return undefined; }
}

/** Remove the run folder: the staged and saved copies first, the journal last (it marks the run open). */
export function removeRun(root: string): void {
  const run = runFolder(root);
  if (!run) return;
  for (const f of readdirSync(run).filter((f) => f !== JOURNAL)) {
    writeStep(`${RUN_DIR}/${f}`);
    removeSync(join(run, f));
  }
  writeStep(`${RUN_DIR}/${JOURNAL}`);
  removeSync(join(run, JOURNAL)); // gone already: nothing to do
  ignoreMissing(() => rmdirSync(run)); // only when empty: what the run did not put there stays
}

/** Undo the moves of an unfinished run (in reverse order); the number of files put back. node:fs, not fs-extra's
 *  move and remove: an old file goes back in one rename over the new one, and an undo never removes more than
 *  the run wrote (unlink a file, rmdir an empty folder). */
function rollBack(root: string, j: Journal): number {
  const run = join(root, RUN_DIR);
  checkRollBack(root, RUN_DIR, j);
  let undone = 0;
  for (const e of [...j.entries].reverse()) {
    if (existsSync(join(run, e.staged))) continue; // never moved
    writeStep(e.path);
    if (e.old && existsSync(join(run, e.old))) renameSync(join(run, e.old), join(root, e.path));
    else if (!e.old) ignoreMissing(() => unlinkSync(join(root, e.path)));
    undone++;
  }
  for (const d of [...j.dirs].reverse()) ignoreMissing(() => rmdirSync(join(root, d)));
  return undone;
}

/** After a failure in this process: put the target back as it was. */
export function undoRun(root: string): void {
  const j = readJournal(root);
  if (j) rollBack(root, j);
  removeRun(root);
}

/** Before anything else in a run (under the lock): finish or undo what an interrupted run left; one line, or nothing. */
export function recoverRun(root: string): string | undefined {
  const run = runFolder(root);
  if (!run) return undefined;
  const j = readJournal(root);
  const who = j ? ` (process ${j.pid}, started ${j.started})` : '';
  if (!j || j.entries.length === 0) {
    removeRun(root);
    return `note: an interrupted run${who} had moved nothing into place; removed its staging folder ${RUN_DIR}/`;
  }
  const last = j.entries[j.entries.length - 1];
  if (!existsSync(join(run, last.staged))) {
    removeRun(root);
    return `note: an interrupted run${who} had put every file in place; finished its clean-up`;
  }
  const n = rollBack(root, j);
  removeRun(root);
  return `note: rolled back an interrupted run${who}: ${n} file(s) put back as they were, nothing of it kept`;
}
