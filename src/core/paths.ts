/** Where the package's own files are (templates, JSON Schema), wherever it is installed or compiled to. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function findRoot(from: string): string {
  let dir = from;
  for (;;) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg) && JSON.parse(readFileSync(pkg, 'utf8')).name === 'db-scaffold') return dir;
    const up = dirname(dir);
    if (up === dir) throw new Error('db-scaffold: cannot find the package root');
    dir = up;
  }
}

export const PACKAGE_ROOT = findRoot(dirname(fileURLToPath(import.meta.url)));
export const TEMPLATES = join(PACKAGE_ROOT, 'templates');

/** The clock: DB_SCAFFOLD_NOW (ISO) pins it for reproducible runs and golden files. */
export function now(): Date {
  const pinned = process.env.DB_SCAFFOLD_NOW;
  return pinned ? new Date(pinned) : new Date();
}

/** UTC YYYYMMDDHHMMSS */
export function timestamp(d: Date): string {
  return d.toISOString().replace(/[-:T]/g, '').slice(0, 14);
}

export const isoDate = (d: Date) => d.toISOString().slice(0, 10);
