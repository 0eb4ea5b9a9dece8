/**
 * The spec's duplicate-key check is one scan of JSON text (src/base/spec-read.ts); jsonc-parser's visitor, which
 * it replaced, is the oracle: on random JSON texts with keys repeated, escaped and nested in arrays, both name
 * the same first duplicate by the same path, or both find none.
 */
import fc from 'fast-check';
import { createRequire } from 'node:module';
import { duplicateKey } from '../../src/base/spec-read.js';

const jsonc = createRequire(import.meta.url)('jsonc-parser') as typeof import('jsonc-parser');

function oracle(text: string): string | undefined {
  const seen: Set<string>[] = [];
  let dup: string | undefined;
  jsonc.visit(text, {
    onObjectBegin: () => { seen.push(new Set()); },
    onObjectEnd: () => { seen.pop(); },
    onObjectProperty: (name, _o, _l, _s, _c, path) => {
      const top = seen[seen.length - 1];
      if (top.has(name) && dup === undefined) {
        const step = (s: string, p: string | number) => (typeof p === 'number' ? `${s}[${p}]` : s ? `${s}.${p}` : p);
        dup = [...path(), name].reduce<string>(step, '');
      }
      top.add(name);
    },
  });
  return dup;
}

const key = fc.constantFrom('a', 'b', 'kind', '', 'a"b', 'x\\y', 'é', '{', ',', 'a,b:c', '\u2028');
const value = fc.letrec((tie) => ({
  v: fc.oneof({ depthSize: 'small' }, fc.constantFrom('1', 'true', 'null', '"s,t"', '"{[\\"]}"', '-2.5e3'),
    tie('obj'), tie('arr')),
  arr: fc.array(tie('v'), { maxLength: 4 }).map((xs) => `[ ${xs.join(' , ')} ]`),
  obj: fc.array(fc.tuple(key, tie('v')), { maxLength: 4 })
    .map((kv) => `{${kv.map(([k, v]) => `${JSON.stringify(k)} :${v}`).join(',\n')}}`),
}));

test('the first duplicate key and its path are the ones jsonc-parser names', () => {
  fc.assert(fc.property(value.obj, (text) => {
    JSON.parse(text); // the check runs on text JSON.parse has read
    expect(duplicateKey(text)).toBe(oracle(text));
  }), { seed: 14, numRuns: 1000 });
});

test('examples: a nested duplicate, a duplicate after an escaped key, none', () => {
  expect(duplicateKey('{"relations":[{"kind":"a"},{"kind":"b","kind":"c"}]}')).toBe('relations[1].kind');
  expect(duplicateKey('{"a\\"b":1,"a\\u0022b":2}')).toBe('a"b');
  expect(duplicateKey('{"a":{"a":1},"b":[{"a":2}]}')).toBeUndefined();
});
