/**
 * A run on a target, the same for the bin and the plop actions: refuse an empty --dest, make the folder if
 * needed, take the lock BEFORE the state is read, finish or undo an interrupted run, check the state's path
 * stays inside the target; then the caller reads, plans and applies; then the lock goes. A failure leaves
 * no trace: a folder made for the run is removed again when empty, fs errors become one line.
 */
import { existsSync, realpathSync, rmdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { ensureDirSync } from 'fs-extra/esm';
import { fail, printable, UserError } from '../base/errors.js';
import { STATE_PATH } from '../state/store.js';
import { ioLine, isFsError } from './fs-errors.js';
import { assertInside } from './inside.js';
import { recoverRun } from './journal.js';
import { acquireLock } from './lock.js';

const note = (line: string) => process.stderr.write(`${printable(line)}\n`); // lock and journal text: one line
const SIGNALS = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 } as const;

interface Opened { root: string; close(ok: boolean): void }

function open(dest: string): Opened {
  if (dest.trim() === '') fail('--dest: empty; give a folder (e.g. --dest . for the current one)');
  const abs = resolve(dest);
  let top: string | undefined; // the highest folder made for this run
  for (let d = abs; !existsSync(d) && dirname(d) !== d; d = dirname(d)) top = d;
  const removeMade = () => { if (top) for (let d = abs; d.length >= top.length; d = dirname(d)) try { rmdirSync(d); } catch { break; } };
  let root = abs;
  let lock: ReturnType<typeof acquireLock>;
  try {
    if (top) ensureDirSync(abs);
    root = realpathSync(abs);
    lock = acquireLock(root);
  } catch (e) {
    removeMade();
    throw oneLine(e, root);
  }
  const onSignal = (sig: keyof typeof SIGNALS) => {
    lock.release();
    note('interrupted before anything was written; nothing of this run was kept');
    process.exit(SIGNALS[sig]);
  };
  for (const s of Object.keys(SIGNALS) as (keyof typeof SIGNALS)[]) process.on(s, onSignal);
  process.on('exit', lock.release);
  const close = (ok: boolean) => {
    for (const s of Object.keys(SIGNALS) as (keyof typeof SIGNALS)[]) process.off(s, onSignal);
    process.off('exit', lock.release);
    lock.release();
    if (!ok) removeMade();
  };
  try {
    if (lock.note) note(lock.note);
    const recovered = recoverRun(root);
    if (recovered) note(recovered);
    assertInside(root, [STATE_PATH]);
  } catch (e) {
    close(false);
    throw oneLine(e, root);
  }
  return { root, close };
}

/** fs errors as a one-line user error; anything else unchanged. */
export function oneLine(e: unknown, root?: string): unknown {
  return isFsError(e) ? new UserError(ioLine(e, root, 'nothing was changed')) : e;
}

/** Run `fn` on the locked target: sync (the plop actions) or async (the bin, which gathers answers first). */
export function withTarget<T>(dest: string, fn: (root: string) => T): T {
  const t = open(dest);
  const failed = (e: unknown): never => {
    t.close(false);
    throw oneLine(e, t.root);
  };
  try {
    const r = fn(t.root);
    if (!(r instanceof Promise)) {
      t.close(true);
      return r;
    }
    return r.then((v) => {
      t.close(true);
      return v;
    }, failed) as T;
  } catch (e) {
    return failed(e);
  }
}
