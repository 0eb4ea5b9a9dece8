/** Where the package's own files are (templates, JSON Schema), wherever it is installed or compiled to. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fail } from './errors.js';
import { shown } from './guard.js';

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

const ISO = /^\d{4}-\d\d-\d\d(T\d\d:\d\d(:\d\d(\.\d{1,3})?)?(Z|[+-]\d\d:\d\d))?$/;

/** The clock: DB_SCAFFOLD_NOW (ISO 8601, a zone or Z) pins it for reproducible runs and golden files; anything
 *  else, or a year a 14-digit version cannot hold, is one line. */
export function now(): Date {
  const pinned = process.env.DB_SCAFFOLD_NOW;
  if (!pinned) return new Date();
  const d = new Date(pinned);
  const year = Number.isNaN(d.getTime()) ? NaN : d.getUTCFullYear();
  if (!ISO.test(pinned) || !(year >= 1970 && year <= 9999)) {
    fail(`DB_SCAFFOLD_NOW: ${shown(pinned)} is not a date and time db-scaffold can use `
      + '(ISO 8601 with Z or an offset, years 1970 to 9999, e.g. 2026-01-02T03:04:05Z); unset it to use the clock');
  }
  return d;
}

/** UTC YYYYMMDDHHMMSS */
export function timestamp(d: Date): string {
  return d.toISOString().replace(/[-:T]/g, '').slice(0, 14);
}

export const isoDate = (d: Date) => d.toISOString().slice(0, 10);
