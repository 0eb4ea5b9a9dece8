/** grouped() writes a count as Intl does for 'en' (the oracle): every safe integer, and the edges of each group. */
import fc from 'fast-check';
import { grouped } from '../../src/base/grouped.js';

describe('grouped', () => {
  it('matches toLocaleString("en") on random safe integers', () => {
    fc.assert(fc.property(fc.maxSafeInteger(), (n) => grouped(n) === n.toLocaleString('en')), { numRuns: 2000 });
    fc.assert(fc.property(fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }), (n) => grouped(n) === n.toLocaleString('en')));
  });

  it('groups at each edge', () => {
    const edges = [0, 7, 999, 1000, 9999, 10_000, 99_999, 100_000, 999_999, 1_000_000, -1000, -999, 1234567];
    for (const n of edges) expect(grouped(n)).toBe(n.toLocaleString('en'));
    expect(grouped(1234567)).toBe('1,234,567');
    expect(grouped(2.5)).toBe((2.5).toLocaleString('en')); // not an integer: Intl's own
  });
});
