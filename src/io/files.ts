/** File records rendered in memory (written by io/apply.ts: .gitignore first, the state last, all or nothing). */

export interface FileRecord {
  path: string;          // relative to the destination
  body: string;
  mode?: number;         // e.g. 0o600 for secrets
  ifAbsent?: boolean;    // never touch an existing file (secrets)
  immutable?: boolean;   // a written migration: refuse to change it
}

export type WriteResult = { path: string; status: 'written' | 'unchanged' | 'kept' };

