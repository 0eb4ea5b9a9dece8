/**
 * `JSON.stringify(value, null, 2)` as UTF-8 chunks, never one string: at 10,000 entities design.json is
 * 36 M characters, held as a two-byte string (a `→` in an inference reason makes the whole text UTF-16:
 * 72 MB) beside its 36 MB encoding. Here the outer levels (objects and arrays down to `depth`) are laid out
 * as JSON.stringify lays them out, each value below is stringified alone, re-indented and encoded into a
 * chunk of about CHUNK characters; so only one small piece is ever a string. The bytes are the same (a toJSON
 * is given its index in the array as the key, which Date's ignores).
 */

const CHUNK = 1 << 20;

/** A plain object or array laid out here; anything else (a toJSON, a boxed primitive …) goes to JSON.stringify. */
const structural = (v: unknown): v is object => {
  if (v === null || typeof v !== 'object' || typeof (v as { toJSON?: unknown }).toJSON === 'function') return false;
  if (Array.isArray(v)) return true;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
};

const BATCH = 256;

/** `batch` inside k - 1 more arrays: its elements indented 2k spaces by JSON.stringify. */
const nest = (batch: unknown[], k: number): unknown[] => (k <= 1 ? batch : [nest(batch, k - 1)]);

/** How many characters the nesting of k arrays puts before the first element and after the last. */
function nesting(k: number): [number, number] {
  const t = JSON.stringify(nest([0], k), null, 2);
  return [t.indexOf('0'), t.length - t.indexOf('0') - 1];
}

/** What JSON.stringify leaves out of an object (and writes as null in an array). */
const omitted = (v: unknown): boolean => v === undefined || typeof v === 'function' || typeof v === 'symbol';

/** `each(path, v)`: what to write for `v`, an element of the array at `path` (`model.entities`); by default `v`. */
export function jsonBytes(value: unknown, depth = 3, each?: (path: string, v: unknown) => unknown): Buffer[] {
  const out: Buffer[] = [];
  let pending: string[] = [];
  let size = 0;
  const put = (s: string) => {
    pending.push(s);
    size += s.length;
    if (size >= CHUNK) flush();
  };
  const flush = () => {
    if (size) out.push(Buffer.from(pending.join('')));
    pending = [];
    size = 0;
  };
  /** A value below the outer levels: its text re-indented (no raw newline is inside a JSON string), or
   *  undefined where JSON.stringify leaves it out (a toJSON giving undefined). */
  const leaf = (v: unknown, pad: string): string | undefined => {
    const s = JSON.stringify(v, null, 2) as string | undefined;
    return s !== undefined && pad && s.includes('\n') ? s.replaceAll('\n', `\n${pad}`) : s;
  };
  /** The elements of an array whose elements are leaves, BATCH at a time: one JSON.stringify of the batch nested
   *  as deep as `inner` (JSON.stringify indents it there itself), the nesting's brackets sliced off. */
  const leaves = (v: unknown[], inner: string, path: string) => {
    const [head, tail] = nesting(inner.length / 2);
    for (let i = 0; i < v.length; i += BATCH) {
      const batch = v.slice(i, i + BATCH).map((x) => (each ? each(path, x) : x));
      let text = JSON.stringify(nest(batch, inner.length / 2), null, 2);
      text = text.slice(head, text.length - tail);
      put(`${i ? ',' : '['}\n${inner}`);
      put(text);
    }
  };
  /** Put `v` unless it is left out; whether it was put. */
  const walk = (v: unknown, pad: string, level: number, path: string): boolean => {
    if (level >= depth || !structural(v)) {
      const s = omitted(v) ? undefined : leaf(v, pad);
      if (s !== undefined) put(s);
      return s !== undefined;
    }
    const inner = `${pad}  `;
    if (Array.isArray(v)) {
      if (v.length === 0) return put('[]'), true;
      if (level + 1 >= depth) leaves(v, inner, path);
      else {
        for (let i = 0; i < v.length; i++) { // a hole is null, as JSON.stringify has it
          put(`${i ? ',' : '['}\n${inner}`);
          if (!walk(each ? each(path, v[i]) : v[i], inner, level + 1, path)) put('null');
        }
      }
      put(`\n${pad}]`);
      return true;
    }
    let first = true;
    for (const [k, x] of Object.entries(v)) {
      const deep = level + 1 < depth && structural(x);
      const s = deep || omitted(x) ? undefined : leaf(x, inner);
      if (!deep && s === undefined) continue; // left out, key and all
      put(`${first ? '{' : ','}\n${inner}${JSON.stringify(k)}: `);
      first = false;
      if (deep) walk(x, inner, level + 1, path ? `${path}.${k}` : k);
      else put(s!);
    }
    put(first ? '{}' : `\n${pad}}`);
    return true;
  };
  walk(value, '', 0, '');
  flush();
  return out;
}
