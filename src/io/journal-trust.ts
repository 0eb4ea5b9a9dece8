/**
 * A journal is trusted only as far as the disk proves it, since a branch or a copy can bring one: it must
 * name the run folder it sits in (that folder's device and inode, recorded when the run made it; a folder
 * a checkout or a copy makes has others), every file it would take back must be the very file the run put
 * there (the staged file's inode and the sha-256 of its content), and every saved copy it would restore
 * the one the run saved (its sha-256). Anything else is refused in one line before a single file is touched.
 */
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fail } from '../base/errors.js';
import { shown } from '../base/guard.js';
import { insidePath } from './inside.js';

export interface Entry { path: string; staged: string; sha: string; id: string; old?: string; oldSha?: string }
export interface Journal { pid: number; started: string; run: string; entries: Entry[]; dirs: string[] }

/** A file's or folder's identity on this machine: device and inode (kept by a rename, new for a copy). */
export const identity = (p: string) => {
  const st = lstatSync(p, { bigint: true });
  return `${st.dev}:${st.ino}`;
};
export const shaOf = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

const NAME = /^(new|old)-\d+$/;
const SHA = /^[0-9a-f]{64}$/;
const ID = /^\d+:\d+$/;
const ISO = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/;

/** The shape of a journal db-scaffold writes (every name it would touch checked again below), or undefined. */
export function journalShape(raw: unknown): Journal | undefined {
  const j = raw as Journal;
  const entry = (e: Entry) => !!e && typeof e === 'object' && typeof e.path === 'string' && NAME.test(e.staged)
    && SHA.test(e.sha) && ID.test(e.id) && (e.old === undefined || (NAME.test(e.old) && SHA.test(e.oldSha ?? '')));
  const ok = !!j && typeof j === 'object' && Number.isSafeInteger(j.pid) && typeof j.started === 'string' && ISO.test(j.started)
    && typeof j.run === 'string' && ID.test(j.run) && Array.isArray(j.entries) && j.entries.every(entry)
    && Array.isArray(j.dirs) && j.dirs.every((d) => typeof d === 'string');
  return ok ? j : undefined;
}

/** Refuse the run folder's journal unless the folder is the one its run made, and every path stays inside. */
export function checkJournal(root: string, runDir: string, j: Journal, foreign: () => never): void {
  if (identity(join(root, runDir)) !== j.run) foreign();
  const paths = j.entries.map((e) => e.path);
  for (const p of [...paths, ...j.dirs]) insidePath(root, p);
  // a folder to remove must hold one of the journal's files (removed only when empty, after the files)
  if (!j.dirs.every((d) => paths.some((p) => p.startsWith(`${d}/`)))) foreign();
}

/** Before a roll-back moves anything: each moved file is the one staged, each saved copy the one saved; else one line. */
export function checkRollBack(root: string, runDir: string, j: Journal): void {
  const run = join(root, runDir);
  for (const e of j.entries) {
    if (existsSync(join(run, e.staged))) continue; // never moved: nothing of it is touched
    const target = join(root, e.path);
    const st = lstatOrNone(target);
    const ours = st?.isFile() && identity(target) === e.id && shaOf(readFileSync(target)) === e.sha;
    if (st && !ours) {
      fail(`${runDir}/journal.json would roll back ${shown(e.path)}, which is not the file that run wrote there `
        + `(changed since, or never written by db-scaffold); nothing was changed: look at both, then remove ${runDir}/`);
    }
    if (e.old && !(existsSync(join(run, e.old)) && shaOf(readFileSync(join(run, e.old))) === e.oldSha)) {
      fail(`${runDir}/journal.json would restore ${shown(e.path)} from a saved copy that is missing or not the one saved; `
        + `nothing was changed: look at ${runDir}/, then remove it`);
    }
  }
}

function lstatOrNone(p: string) {
  try { return lstatSync(p); } catch { return undefined; }
}
