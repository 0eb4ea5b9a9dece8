/**
 * Stay inside the target: every path a run reads or writes is resolved one component at a time, and a
 * symbolic link that leads outside the target (or nowhere) is refused in one line. Files are replaced by
 * rename, which replaces a link itself, so nothing is ever written through a link.
 */
import { lstatSync, readlinkSync, realpathSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fail } from '../base/errors.js';

const outside = (root: string, p: string) => {
  const r = relative(root, p);
  return r === '..' || r.startsWith(`..${sep}`) || isAbsolute(r);
};

function lstatOrUndefined(p: string) {
  try {
    return lstatSync(p);
  } catch (e) {
    if ((e as { code?: string }).code === 'ENOENT') return undefined;
    throw e;
  }
}

/** `rel` (a path inside `root`, which is a real path) after checking every link on it. */
export function insidePath(root: string, rel: string): string {
  const parts = rel.split(/[\\/]+/).filter((p) => p && p !== '.');
  if (parts.includes('..') || isAbsolute(rel)) fail(`${rel}: a path outside the target; db-scaffold writes only inside ${root}`);
  let cur = root;
  for (let i = 0; i < parts.length; i++) {
    const p = join(cur, parts[i]);
    const st = lstatOrUndefined(p);
    if (!st) return join(p, ...parts.slice(i + 1)); // nothing further exists yet: db-scaffold makes it
    if (!st.isSymbolicLink()) {
      cur = p;
      continue;
    }
    const shown = parts.slice(0, i + 1).join('/');
    let real: string;
    try {
      real = realpathSync(p);
    } catch {
      return fail(`${shown}: a symbolic link to ${resolve(dirname(p), readlinkSync(p))}, which does not exist; replace it with a real ${i < parts.length - 1 ? 'folder' : 'file'} or remove it`);
    }
    if (outside(root, real)) {
      fail(`${shown}: a symbolic link to ${real}, outside the target ${root}; db-scaffold writes only inside the target (replace the link with a real ${i < parts.length - 1 || lstatSync(real).isDirectory() ? 'folder' : 'file'})`);
    }
    cur = real;
  }
  return cur;
}

/** Check several paths (the planned records, the state) before anything is read or written. */
export function assertInside(root: string, rels: string[]): void {
  for (const rel of rels) insidePath(root, rel);
}
