/** A destination folder as data: every file's content, mode and mtime, to prove what a run wrote or left alone. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export interface Entry { body: string; mode: number; mtimeMs: number }

export { tempDir } from './temp.js'; // `dbs-<tag>-XXXXXX`, removed after the test file

export function snapshot(dir: string): Record<string, Entry> {
  const out: Record<string, Entry> = {};
  const walk = (d: string) => {
    if (!existsSync(d)) return;
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else {
        const st = statSync(p);
        out[relative(dir, p)] = { body: readFileSync(p, 'utf8'), mode: st.mode & 0o777, mtimeMs: st.mtimeMs };
      }
    }
  };
  walk(dir);
  return out;
}

export const bodies = (s: Record<string, Entry>) => Object.fromEntries(Object.entries(s).map(([k, v]) => [k, v.body]));
