/** File records rendered in memory (written by io/apply.ts: .gitignore first, the state last, all or nothing). */
import { sha256 } from '../base/checksum.js';

export interface FileRecord {
  path: string;          // relative to the destination
  body: string;
  mode?: number;         // e.g. 0o600 for secrets
  ifAbsent?: boolean;    // never touch an existing file (secrets)
  immutable?: boolean;   // a written migration: refuse to change it
}

export type WriteResult = { path: string; status: 'written' | 'unchanged' | 'kept' };

/** The UTF-8 bytes of the records made by `encoded`, in order. */
const BYTES = new WeakMap<FileRecord, Buffer[]>();

/**
 * A record whose body is held as its UTF-8 bytes, encoded once when it is made: a rendered text is a rope of
 * many pieces (schema.svg at 10,000 entities: 16 MB of text, 31 MB of heap) and design.json a two-byte string;
 * as bytes each costs its size once, off the heap. `body` decodes them on each read (previews, tests), so a
 * caller that reads it keeps a string of its own; the write path reads the bytes (`bytesOf`).
 */
export function encoded(path: string, text: string | Buffer[], more: Omit<FileRecord, 'path' | 'body'> = {}): FileRecord {
  const parts = typeof text === 'string' ? [Buffer.from(text)] : text;
  const decoded = () => (parts.length === 1 ? parts[0] : Buffer.concat(parts)).toString('utf8');
  const r: FileRecord = { path, get body() { return decoded(); }, ...more };
  BYTES.set(r, parts);
  return r;
}

/** A record's bytes: those `encoded` kept, or its body encoded now (a record made as a plain object). */
export const bytesOf = (r: FileRecord): Buffer[] => BYTES.get(r) ?? [Buffer.from(r.body)];

const SHAS = new WeakMap<readonly Buffer[], string>();
/** The SHA-256 of a record's bytes (`bytesOf`), hashed once: the migration's recorded sums and the write's
 *  journal hash the same files (a record made as a plain object is hashed each time). */
export function bytesSha(parts: Buffer[]): string {
  let sha = SHAS.get(parts);
  if (sha === undefined) SHAS.set(parts, (sha = sha256(parts)));
  return sha;
}
