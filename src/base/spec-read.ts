/**
 * Reading a `--spec` file safely: only a regular file (never a device or pipe: `--spec /dev/zero` would
 * never end), at most 1 MiB, read with that byte limit; JSON with a key given twice in one object is
 * refused naming the key (JSON.parse would keep the last silently), found by one scan of the parsed text.
 */
import { closeSync, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';
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
    const open = fstatSync(fd);
    regular(open, label, limit, what);
    // sized by the file (it may still grow while read: the buffer doubles up to one byte over the limit)
    let buf = Buffer.allocUnsafe(Math.min(limit, open.size) + 1);
    let n = 0;
    for (let got = 1; got > 0 && n <= limit;) {
      if (n === buf.length) buf = Buffer.concat([buf], Math.min(limit + 1, buf.length * 2));
      n += got = readSync(fd, buf, n, buf.length - n, null);
    }
    if (n > limit) fail(`${label}: over the ${mib(limit)} limit for ${what}`);
    return decodeText(buf.subarray(0, n), label);
  } finally {
    closeSync(fd);
  }
}

/** The first key given twice in one object, as a path (`relations[0].kind`), or undefined. `text` is JSON that
 *  JSON.parse has read, so one linear scan of its strings and brackets is enough (no parser loaded). */
export function duplicateKey(text: string): string | undefined {
  const open: { keys?: Set<string>; at: string | number }[] = [];
  let wantKey = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) { // a string: a key when an object waits for one
      let j = i + 1;
      let escaped = false;
      for (; text.charCodeAt(j) !== 0x22; j++) if (text.charCodeAt(j) === 0x5c) { escaped = true; j++; }
      const top = open[open.length - 1];
      if (wantKey && top.keys) {
        const name = escaped ? (JSON.parse(text.slice(i, j + 1)) as string) : text.slice(i + 1, j);
        if (top.keys.has(name)) return keyPath([...open.slice(0, -1).map((f) => f.at), name]);
        top.keys.add(name);
        top.at = name;
        wantKey = false;
      }
      i = j;
    } else if (c === 0x7b) { open.push({ keys: new Set(), at: '' }); wantKey = true; } // {
    else if (c === 0x5b) { open.push({ at: 0 }); wantKey = false; } // [
    else if (c === 0x7d || c === 0x5d) { open.pop(); wantKey = false; } // } ]
    else if (c === 0x2c) { // ,
      const top = open[open.length - 1];
      if (top.keys) wantKey = true;
      else top.at = (top.at as number) + 1;
    }
  }
  return undefined;
}

const keyPath = (parts: (string | number)[]) =>
  parts.reduce<string>((s, p) => (typeof p === 'number' ? `${s}[${p}]` : s ? `${s}.${p}` : p), '');
