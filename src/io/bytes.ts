/** A file's content as chunks of bytes (io/files.ts `encoded`): hashed, compared and written chunk by chunk. */
import { closeSync, openSync, writeSync } from 'node:fs';

/** Whether `file` (its content) is exactly `parts` joined. */
export function sameBytes(file: Buffer, parts: Buffer[]): boolean {
  let at = 0;
  for (const p of parts) {
    if (at + p.length > file.length || !file.subarray(at, at + p.length).equals(p)) return false;
    at += p.length;
  }
  return at === file.length;
}

/** Write `parts` to a new file (`wx`: never over one that exists). */
export function writeParts(file: string, parts: Buffer[], mode: number): void {
  const fd = openSync(file, 'wx', mode);
  try {
    for (const p of parts) for (let done = 0; done < p.length;) done += writeSync(fd, p, done);
  } finally {
    closeSync(fd);
  }
}
