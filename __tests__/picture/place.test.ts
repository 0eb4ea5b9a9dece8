/** place.ts (a connected part above DAGRE_TABLES) on pictures built to be awkward: a cycle, a table referring to
 *  itself, a jump over a column, parts of one table. No two boxes overlap, each line runs from the referenced
 *  column's row to the FK column's row in horizontal and vertical runs, and no run passes through a box. */
import { HEAD, ROW } from '../../src/picture/layout.js';
import { placeLayered } from '../../src/picture/place.js';
import { badRuns, misjoined, overlaps } from './geometry.js';
import { awkward, col, rel } from './pictures.js';

const p = awkward();
const l = placeLayered(p, p.tables.map((t) => ({ width: 120, height: HEAD + ROW * t.columns.length, nameWidth: 60 })));

test('every table has a box inside the picture, and no two overlap', () => {
  expect(l.boxes.map((b) => b.name).sort()).toEqual(p.tables.map((t) => t.name).sort());
  expect(overlaps(l)).toEqual([]);
});

test('each line starts at the referenced row on the right and ends at the FK row on the left, in straight runs', () => {
  expect(l.lines.map((x) => x.id)).toEqual(p.relations.map((_, i) => `${i}`));
  expect(misjoined(p, l)).toEqual([]);
  expect(badRuns(l).filter((x) => x.endsWith('slanted'))).toEqual([]);
});

test('no run of a line passes through a box', () => {
  expect(badRuns(l)).toEqual([]);
});

test('10,000 tables in parts of four: every box and line, packed near square', () => {
  const n = 10_000;
  const tables = Array.from({ length: n }, (_, i) => ({ name: `t${i}`, group: '', columns: ['id', 'x_id'].map(col) }));
  const relations = tables.flatMap((t, i) => (i % 4 ? [rel(t.name, 'x_id', `t${i - 1}`)] : []));
  const big = placeLayered({ tables, relations, groups: [''] }, tables.map(() => ({ width: 100, height: 68, nameWidth: 50 })));
  expect(big.boxes).toHaveLength(n);
  expect(big.lines.every((x) => x.points.length >= 2)).toBe(true);
  expect(big.width / big.height).toBeGreaterThan(0.3);
  expect(big.width / big.height).toBeLessThan(3);
});
