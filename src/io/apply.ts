/**
 * The one write path (the bin and the plop actions both use it): all or nothing per run. Every file of the
 * plan is staged in the run folder inside the target, the journal written, then the files are moved into
 * place in the plan's order (the state record last). Any error undoes the run from the journal, so nothing
 * the run wrote survives its failure and nothing it did not write is touched.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ensureDirSync } from 'fs-extra/esm';
import { fail } from '../base/errors.js';
import { bytesOf, bytesSha, type FileRecord, type WriteResult } from './files.js';
import { sameBytes, writeParts } from './bytes.js';
import { assertInside } from './inside.js';
import { JOURNAL, RUN_DIR, removeRun, undoRun, type Journal } from './journal.js';
import { identity, shaOf } from './journal-trust.js';
import { writeStep } from './testing.js';

/** Run an fs call for `path` (the target's file): its error names that path, not a staging name or none. */
function at<T>(path: string, fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e && typeof e === 'object') Object.assign(e, { path, dest: undefined });
    throw e;
  }
}

/** What writing a record would do: keep an existing secret, leave equal content, or write. */
function statusOf(root: string, r: FileRecord): WriteResult['status'] {
  const file = join(root, r.path);
  if (!existsSync(file)) return 'written';
  if (r.ifAbsent) return 'kept';
  const st = statSync(file);
  if (!st.isFile() && !st.isDirectory()) fail(`${r.path} is not a regular file (a pipe, socket or device); move it away and run again`);
  if (sameBytes(at(file, () => readFileSync(file)), bytesOf(r))) return 'unchanged';
  if (r.immutable) fail(`${r.path} exists with other content; a written migration is never edited`);
  return 'written';
}

/** The folders the moves need that do not exist yet, parents first. */
function missingDirs(root: string, paths: string[]): string[] {
  const out: string[] = [];
  for (const p of paths) {
    const chain: string[] = [];
    for (let d = dirname(p); d !== '.' && !existsSync(join(root, d)); d = dirname(d)) chain.unshift(d);
    for (const d of chain) if (!out.includes(d)) out.push(d);
  }
  return out;
}

function stage(root: string, todo: FileRecord[]): Journal {
  const run = join(root, RUN_DIR);
  const dirs = missingDirs(root, todo.map((r) => r.path));
  writeStep(`${RUN_DIR}/`);
  mkdirSync(run, { mode: 0o700 });
  const j: Journal = { pid: process.pid, started: new Date().toISOString(), run: identity(run), entries: [], dirs };
  todo.forEach((r, i) => {
    writeStep(r.path);
    const target = join(root, r.path);
    const staged = join(run, `new-${i}`);
    const bytes = bytesOf(r); // encoded once, for the write and the hash (design.json: 36 MB at 10,000 entities)
    at(target, () => writeParts(staged, bytes, r.mode ?? 0o644));
    const entry = { path: r.path, staged: `new-${i}`, sha: bytesSha(bytes), id: identity(staged) }; // what a roll-back may take back
    if (existsSync(target)) {
      writeStep(r.path);
      at(target, () => copyFileSync(target, join(run, `old-${i}`)));
      j.entries.push({ ...entry, old: `old-${i}`, oldSha: shaOf(readFileSync(join(run, `old-${i}`))) });
    } else j.entries.push(entry);
  });
  writeStep(`${RUN_DIR}/${JOURNAL}`);
  writeFileSync(join(run, `${JOURNAL}.tmp`), JSON.stringify(j), { mode: 0o600 });
  writeStep(`${RUN_DIR}/${JOURNAL}`);
  renameSync(join(run, `${JOURNAL}.tmp`), join(run, JOURNAL));
  return j;
}

/** Write the plan into `root` (a real path, locked, recovered): the results in the plan's order. */
export function applyPlan(root: string, files: FileRecord[]): WriteResult[] {
  assertInside(root, [RUN_DIR, ...files.map((f) => f.path)]);
  const results = files.map((r) => ({ path: r.path, status: statusOf(root, r) }));
  const todo = files.filter((_, i) => results[i].status === 'written');
  if (todo.length === 0) return results;
  try {
    const j = stage(root, todo);
    for (const d of j.dirs) {
      writeStep(d);
      ensureDirSync(join(root, d));
    }
    for (const e of j.entries) { // one rename over the old file (fs-extra's move with overwrite removes it first)
      writeStep(e.path);
      renameSync(join(root, RUN_DIR, e.staged), join(root, e.path));
    }
  } catch (e) {
    try {
      undoRun(root);
    } catch {
      // the journal stays: the next run undoes it before anything else
    }
    throw e;
  }
  try {
    removeRun(root); // the run is complete: a clean-up cut short is finished by the next run
  } catch { /* the journal stays until then */ }
  return results;
}
