/** File records rendered in memory, then written: .gitignore first, atomic renames, state last. */
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fail } from '../cli/errors.js';

export interface FileRecord {
  path: string;          // relative to the destination
  body: string;
  mode?: number;         // e.g. 0o600 for secrets
  ifAbsent?: boolean;    // never touch an existing file (secrets)
  immutable?: boolean;   // a written migration: refuse to change it
}

export function atomicWrite(file: string, body: string, mode?: number): void {
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.tmp-${process.pid}-${Date.now()}`;
  writeFileSync(tmp, body, { mode: mode ?? 0o644 });
  if (mode !== undefined) chmodSync(tmp, mode);
  renameSync(tmp, file);
}

export type WriteResult = { path: string; status: 'written' | 'unchanged' | 'kept' };

/** Write one record; existing secrets are kept untouched and unread. */
export function writeRecord(dest: string, r: FileRecord): WriteResult {
  const file = join(dest, r.path);
  if (existsSync(file)) {
    if (r.ifAbsent) return { path: r.path, status: 'kept' };
    const old = readFileSync(file, 'utf8');
    if (old === r.body) return { path: r.path, status: 'unchanged' };
    if (r.immutable) throw new Error(`${r.path} exists with other content; a written migration is never edited`);
  }
  atomicWrite(file, r.body, r.mode);
  return { path: r.path, status: 'written' };
}

/** Before any write: refuse if a written migration would change (so a refused run writes nothing). */
export function preflight(dest: string, records: FileRecord[]): void {
  for (const r of records.filter((x) => x.immutable)) {
    const file = join(dest, r.path);
    if (existsSync(file) && readFileSync(file, 'utf8') !== r.body) {
      fail(`${r.path} exists with other content; a written migration is never edited`);
    }
  }
}

/** Make sure `.gitignore` ignores `entry` (before anything is written under it). */
export function gitignoreRecord(dest: string, entry: string): FileRecord | undefined {
  const file = join(dest, '.gitignore');
  const old = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const lines = old.split(/\r?\n/).map((l) => l.trim());
  const bare = entry.replace(/\/$/, '');
  if (lines.some((l) => [entry, bare, `/${entry}`, `/${bare}`, `${bare}/*`].includes(l))) return undefined;
  const sep = old && !old.endsWith('\n') ? '\n' : '';
  return { path: '.gitignore', body: `${old}${sep}# db-scaffold: secrets never enter git\n${entry}\n` };
}
