/**
 * The memory-bounded writers give the bytes of what they replace: base/json-bytes.ts is
 * `Buffer.from(JSON.stringify(v, null, 2))` (JSON.stringify is the oracle, on random values with undefined,
 * functions, holes, toJSON, non-Latin-1 text, nesting past the laid-out depth, and chunks past 1 MiB),
 * base/lines.ts is `lines.join('\n')`, io/files.ts `encoded` keeps the body it was given, base/one-byte.ts
 * keeps the characters, state/store.ts designBytes is serialiseDesign (and refuses what it refuses).
 */
import fc from 'fast-check';
import { jsonBytes } from '../../src/base/json-bytes.js';
import { Lines } from '../../src/base/lines.js';
import { oneByte } from '../../src/base/one-byte.js';
import { bytesOf, encoded } from '../../src/io/files.js';
import { buildInit, type InitAnswers } from '../../src/core/init.js';
import { Answers } from '../../src/state/answers-schema.js';
import type { Design } from '../../src/state/design-schema.js';
import { designBytes, serialiseDesign } from '../../src/state/store.js';
import { designSpec } from '../../scripts/bench-design.js';
import { tempDir } from '../support/temp.js';

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

describe('designBytes', () => {
  const built = buildInit(Answers.parse(designSpec(40)) as InitAnswers, undefined, tempDir('bytes'), new Date(0));
  const want = Buffer.from(serialiseDesign(built.design));
  /** The same design with every object's keys in the other order (zod's parse puts them back). */
  const reversed = (v: unknown): unknown => (Array.isArray(v) ? v.map(reversed) : v && typeof v === 'object'
    ? Object.fromEntries(Object.entries(v).reverse().map(([k, x]) => [k, reversed(x)])) : v);

  test('is serialiseDesign as bytes, whatever order the keys were made in', () => {
    expect(want.toString()).toContain('→'); // an inference reason: the text a two-byte string would hold
    expect(Buffer.concat(designBytes(built.design)).equals(want)).toBe(true);
    expect(Buffer.concat(designBytes(reversed(built.design) as Design)).equals(want)).toBe(true);
  });

  test('a design serialiseDesign refuses is refused the same', () => {
    const entities = built.design.model!.entities.map((e, i) => (i === 3 ? { ...e, id: '' } : e));
    const bad = { ...built.design, model: { ...built.design.model!, entities } };
    expect(() => serialiseDesign(bad)).toThrow(/every entity and field needs its id/);
    expect(() => designBytes(bad)).toThrow(/every entity and field needs its id/);
    const table = (t: object) => ({ ...built.design, schema: { ...built.design.schema!, tables: [t] } }) as Design;
    const wrong = table({ ...built.design.schema!.tables[0], name: 7 });
    expect(() => serialiseDesign(wrong)).toThrow();
    expect(() => designBytes(wrong)).toThrow();
    const stray = table({ ...built.design.schema!.tables[0], stray: 1 }); // a key no schema names: left out by both
    expect(Buffer.concat(designBytes(stray)).toString()).toBe(serialiseDesign(stray));
    expect(serialiseDesign(stray)).not.toContain('stray');
  });
});
