/**
 * One run at a time per target: `.db-scaffold.lock` in the target, made with O_EXCL, holding the pid, host
 * and start time. A lock whose process is gone (same host) is taken over with a line saying so; a live one
 * is waited for a moment, then the run stops with one line. Own lock (not proper-lockfile): staleness by
 * the holder's pid is immediate and needs no timer refreshing an mtime, and the holder can be named.
 */
import { hostname } from 'node:os';
import { mkdirSync, readFileSync, rmdirSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fail } from '../base/errors.js';
import { sleepMs } from './testing.js';

export const LOCK_FILE = '.db-scaffold.lock';
const WAIT_MS = 2500;

interface Holder { pid: number; host: string; started: string }

const code = (e: unknown) => (e as { code?: string }).code;

function parse(text: string): Holder | undefined {
  try {
    const h = JSON.parse(text) as Holder;
    return typeof h.pid === 'number' ? h : undefined;
  } catch {
    return undefined;
  }
}

/** When process `pid` started (ms), where /proc tells (Linux: start ticks after boot, USER_HZ 100); else undefined. */
function startedMs(pid: number): number | undefined {
  try {
    const ticks = Number(readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /s, '').split(' ')[19]);
    const boot = Number(/^btime (\d+)$/m.exec(readFileSync('/proc/stat', 'utf8'))?.[1]);
    return Number.isFinite(ticks) && boot ? boot * 1000 + ticks * 10 : undefined;
  } catch {
    return undefined;
  }
}

/** Does the lock's holder still run: its pid exists and (where known) did not start after the lock was taken? */
function alive(h: Holder): boolean {
  try {
    process.kill(h.pid, 0);
  } catch (e) {
    if (code(e) !== 'EPERM') return false; // EPERM: it exists, another user's
  }
  const started = startedMs(h.pid);
  return started === undefined || started <= Date.parse(h.started) + 2000; // later: the pid was reused
}

/** Is the lock file abandoned: its process gone, or unreadable (cut while written) and older than a second? */
function stale(file: string, h: Holder | undefined): boolean {
  if (h) return h.host === hostname() && !alive(h);
  try {
    return Date.now() - statSync(file).mtimeMs > 1000;
  } catch {
    return false;
  }
}

/** Remove an abandoned lock, one process at a time (a take-over folder), only if it is still the same one. */
function takeOver(file: string, seen: string): boolean {
  const guard = `${file}.takeover`;
  try {
    mkdirSync(guard);
  } catch {
    try { if (Date.now() - statSync(guard).mtimeMs > 10_000) rmdirSync(guard); } catch { /* gone meanwhile */ }
    return false;
  }
  try {
    let now = '';
    try { now = readFileSync(file, 'utf8'); } catch { return true; }
    if (now !== seen) return false;
    unlinkSync(file);
    return true;
  } finally {
    rmdirSync(guard);
  }
}

export interface Lock { release(): void; note?: string }

/** Take the target's lock (waiting a moment for a live holder); `release` is idempotent. */
export function acquireLock(root: string): Lock {
  const file = join(root, LOCK_FILE);
  const mine = JSON.stringify({ pid: process.pid, host: hostname(), started: new Date().toISOString() });
  let note: string | undefined;
  for (const start = Date.now(); ;) {
    try {
      writeFileSync(file, mine, { flag: 'wx', mode: 0o644 });
      break;
    } catch (e) {
      if (code(e) !== 'EEXIST') throw e;
    }
    let seen = '';
    try {
      seen = readFileSync(file, 'utf8');
    } catch (e) {
      if (code(e) === 'ENOENT') continue; // released meanwhile
      throw Object.assign(e as object, { path: file }); // e.g. a folder by that name: one line from the caller
    }
    const h = parse(seen);
    if (stale(file, h) && takeOver(file, seen)) {
      note = `note: took over the lock of ${h ? `process ${h.pid} (started ${h.started})` : 'an earlier run'}, which is no longer running`;
      continue;
    }
    if (Date.now() - start > WAIT_MS) {
      fail(`another db-scaffold run (${h ? `process ${h.pid} on ${h.host}, started ${h.started}` : 'just starting'}) is writing to this target; run again when it has finished (or remove ${LOCK_FILE} if no such process runs)`);
    }
    sleepMs(100);
  }
  let held = true;
  const release = () => {
    if (!held) return;
    held = false;
    try {
      if (readFileSync(file, 'utf8') === mine) unlinkSync(file);
    } catch { /* already gone */ }
  };
  return { release, note };
}
