/**
 * The versions of the migrations on disk in the layout's folders, recorded in db/design.json or not (a
 * teammate's `99990101000000_teammate.sql` merged from a branch): a new migration sorts after all of them.
 */
import { lstatSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';

const VERSION = /^(\d{14})_/;

/** Every `YYYYMMDDHHMMSS_…` file name's version in the folders of `paths` (up and down, say), under `dest`. */
export function versionsOnDisk(dest: string, paths: string[]): string[] {
  const out: string[] = [];
  for (const dir of new Set(paths.map((p) => dirname(p)))) {
    let names: string[] = [];
    try {
      if (lstatSync(join(dest, dir)).isDirectory()) names = readdirSync(join(dest, dir));
    } catch { /* no such folder yet */ }
    for (const n of names) {
      const m = VERSION.exec(n);
      if (m) out.push(m[1]);
    }
  }
  return out;
}
