/**
 * The memory-bounded writers give the bytes of what they replace: base/json-bytes.ts is
 * `Buffer.from(JSON.stringify(v, null, 2))` (JSON.stringify is the oracle, on random values with undefined,
 * functions, holes, toJSON, non-Latin-1 text, nesting past the laid-out depth, and chunks past 1 MiB),
 * base/lines.ts is `lines.join('\n')`, io/files.ts `encoded` keeps the body it was given, base/one-byte.ts
 * keeps the characters.
 */
import fc from 'fast-check';
import { jsonBytes } from '../../src/base/json-bytes.js';
import { Lines } from '../../src/base/lines.js';
import { oneByte } from '../../src/base/one-byte.js';
import { bytesOf, encoded } from '../../src/io/files.js';

const joined = (parts: Buffer[]) => Buffer.concat(parts).toString('utf8');
const text = fc.oneof(fc.string(), fc.constantFrom('→', 'a\nb', '"q"', '\u2028', 'é', '😀', ''));
const leaf = fc.oneof(text, fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.constant(undefined),
  fc.constant(() => 1), fc.constant(new Date(0)), fc.constant({ toJSON: () => undefined }));
const { value } = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' }, leaf, fc.array(tie('value')), fc.sparseArray(tie('value')), fc.dictionary(text, tie('value')),
  ),
}));

describe('jsonBytes', () => {
  test('is JSON.stringify(v, null, 2) as UTF-8, at every depth', () => {
    fc.assert(fc.property(value, fc.integer({ min: 0, max: 4 }), (v, depth) => {
      const want = JSON.stringify(v, null, 2) as string | undefined;
      expect(joined(jsonBytes(v, depth))).toBe(want ?? '');
    }), { numRuns: 400 });
  });

  test('a text past one chunk comes in several, the same bytes', () => {
    const entities = Array.from({ length: 3000 }, (_, i) => ({ name: `E${i}`, why: 'x → y '.repeat(80) }));
    const big = { model: { entities } };
    const parts = jsonBytes(big);
    expect(parts.length).toBeGreaterThan(1);
    expect(Buffer.concat(parts).equals(Buffer.from(JSON.stringify(big, null, 2)))).toBe(true);
  });
});

describe('Lines', () => {
  test('text() and bytes() are the lines joined with \\n, across chunks', () => {
    const line = fc.oneof(text, fc.constant('x'.repeat(300_000)));
    fc.assert(fc.property(fc.array(line), fc.boolean(), (lines, asBytes) => {
      const out = new Lines(lines.slice(0, 1), asBytes);
      for (const l of lines.slice(1)) out.push(l);
      expect(asBytes ? joined(out.bytes()) : out.text()).toBe(lines.join('\n'));
    }), { numRuns: 200 });
  });
});

describe('encoded records and oneByte', () => {
  test('an encoded body reads back as given, and its bytes are its UTF-8', () => {
    fc.assert(fc.property(fc.string(), (s) => {
      const r = encoded('f', s, { immutable: true });
      expect(r).toEqual({ path: 'f', body: s, immutable: true });
      expect(Buffer.concat(bytesOf(r)).equals(Buffer.from(s))).toBe(true);
      expect(oneByte(s)).toBe(s);
    }));
  });

  test('a plain record is encoded on demand', () => {
    expect(joined(bytesOf({ path: 'p', body: 'a → b' }))).toBe('a → b');
  });
});
