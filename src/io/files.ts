/** File records rendered in memory (written by io/apply.ts: .gitignore first, the state last, all or nothing). */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface FileRecord {
  path: string;          // relative to the destination
  body: string;
  mode?: number;         // e.g. 0o600 for secrets
  ifAbsent?: boolean;    // never touch an existing file (secrets)
  immutable?: boolean;   // a written migration: refuse to change it
}

export type WriteResult = { path: string; status: 'written' | 'unchanged' | 'kept' };

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
