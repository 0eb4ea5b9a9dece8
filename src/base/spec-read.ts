/**
 * Reading a `--spec` file safely: only a regular file (never a device or pipe: `--spec /dev/zero` would
 * never end), at most 1 MiB, read with that byte limit; JSON with a key given twice in one object is
 * refused naming the key (JSON.parse would keep the last silently). Duplicates are found with jsonc-parser,
 * required at run time (its UMD build does not survive the bin's bundle) and only when a spec is read.
 */
import { closeSync, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';
import { createRequire } from 'node:module';
import { fail } from './errors.js';
import { decodeText } from './encoding.js';

export const SPEC_LIMIT = 1024 * 1024;

const kind = (st: Stats) => (st.isDirectory() ? 'a folder' : st.isFIFO() ? 'a pipe' : st.isSocket() ? 'a socket'
  : st.isCharacterDevice() || st.isBlockDevice() ? 'a device' : 'not a regular file');

const mib = (n: number) => `${n / 1024 / 1024} MiB`;

function regular(st: Stats, label: string, limit: number, what: string): void {
  if (!st.isFile()) fail(`${label}: ${kind(st)}, not a file; give a JSON file`);
  if (st.size > limit) fail(`${label}: ${st.size} bytes, over the ${mib(limit)} limit for ${what}`);
}

/** The text of `path` (checked before it is opened, and again on the open file), at most `limit` bytes. */
export function readBounded(path: string, label: string, limit = SPEC_LIMIT, what = 'a spec'): string {
  let st: Stats;
  try {
    st = statSync(path);
  } catch (e) {
    if ((e as { code?: string }).code === 'ENOENT') fail(`${label}: no such file`);
    throw e;
  }
  regular(st, label, limit, what);
  const fd = openSync(path, 'r');
  try {
    regular(fstatSync(fd), label, limit, what);
    const buf = Buffer.alloc(limit + 1);
    let n = 0;
    for (let got = 1; got > 0 && n <= limit;) n += got = readSync(fd, buf, n, buf.length - n, null);
    if (n > limit) fail(`${label}: over the ${mib(limit)} limit for ${what}`);
    return decodeText(buf.subarray(0, n), label);
  } finally {
    closeSync(fd);
  }
}

/** The first key given twice in one object, as a path (`relations[0].kind`), or undefined. */
export function duplicateKey(text: string): string | undefined {
  const seen: Set<string>[] = [];
  let dup: string | undefined;
  const jsonc = createRequire(import.meta.url)('jsonc-parser') as typeof import('jsonc-parser');
  jsonc.visit(text, {
    onObjectBegin: () => { seen.push(new Set()); },
    onObjectEnd: () => { seen.pop(); },
    onObjectProperty: (name, _offset, _length, _line, _col, path) => {
      const top = seen[seen.length - 1];
      if (top.has(name) && dup === undefined) {
        dup = [...path(), name].reduce<string>((s, p) => (typeof p === 'number' ? `${s}[${p}]` : s ? `${s}.${p}` : p), '');
      }
      top.add(name);
    },
  });
  return dup;
}
