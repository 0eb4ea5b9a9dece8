/** A folder as data, folders and links included: to prove a tree is exactly as it was (or as a run leaves it). */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, lstatSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { join, relative } from 'node:path';
import { tempDir } from './temp.js';

export function treeState(root: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      const st = lstatSync(p);
      const rel = relative(root, p);
      if (st.isSymbolicLink()) out[rel] = `link ${readlinkSync(p)}`;
      else if (st.isDirectory()) {
        out[rel] = `dir ${(st.mode & 0o777).toString(8)}`;
        walk(p);
      } else if (!st.isFile()) out[rel] = `special ${(st.mode & 0o777).toString(8)}`; // a pipe: never read
      else out[rel] = `file ${(st.mode & 0o777).toString(8)} ${createHash('sha256').update(readFileSync(p)).digest('hex').slice(0, 16)}`;
    }
  };
  if (existsSync(root)) walk(root);
  return out;
}

/** A fresh copy of `from` (modes kept), removed after the test file. */
export function copyTree(from: string, tag: string): string {
  const to = tempDir(tag);
  cpSync(from, to, { recursive: true, preserveTimestamps: true, verbatimSymlinks: true });
  return to;
}
