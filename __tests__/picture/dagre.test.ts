/** dagre.ts: what layout.ts keeps of a part laid out once and reuses for parts of other widths. On random parts
 *  (cycles, two relations between one pair, a table referring to itself): xOf gives dagre's own left edges, and
 *  with other widths dagre answers the same tops, ranks, layers and dummy nodes. */
import fc from 'fast-check';
import { dagrePart, xOf, type PartEdge } from '../../src/picture/dagre.js';

const part = fc.integer({ min: 2, max: 9 }).chain((n) => fc.record({
  heights: fc.array(fc.integer({ min: 1, max: 9 }).map((rows) => 28 + 20 * rows), { minLength: n, maxLength: n }),
  widths: fc.array(fc.integer({ min: 80, max: 400 }), { minLength: n, maxLength: n }),
  others: fc.array(fc.integer({ min: 80, max: 400 }), { minLength: n, maxLength: n }),
  extra: fc.array(fc.record({ from: fc.nat(n - 1), to: fc.nat(n - 1) }), { maxLength: n }),
  tree: fc.array(fc.nat(), { minLength: n - 1, maxLength: n - 1 }),
}));

test('xOf is dagre\'s x, and the rest does not depend on the widths', () => {
  fc.assert(fc.property(part, ({ heights, widths, others, extra, tree }) => {
    const edges: PartEdge[] = [...tree.map((r, i) => ({ from: r % (i + 1), to: i + 1 })), ...extra]; // connected
    const a = dagrePart(heights.map((height, i) => ({ height, width: widths[i] })), edges);
    const b = dagrePart(heights.map((height, i) => ({ height, width: others[i] })), edges);
    expect(xOf(heights.map((height, i) => ({ height, width: widths[i] })), a.layer)).toEqual(a.dagreX);
    expect(xOf(heights.map((height, i) => ({ height, width: others[i] })), b.layer)).toEqual(b.dagreX);
    expect({ ...b, dagreX: [] }).toEqual({ ...a, dagreX: [] });
  }), { numRuns: 120, seed: 17 });
});
