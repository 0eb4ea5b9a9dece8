/** place.ts (the layout above ELK_TABLES) on pictures built to be awkward: a cycle, a table referring to itself,
 *  a jump over a column, parts of one table. No two boxes overlap, each line runs from the referenced column's
 *  row to the FK column's row in horizontal and vertical runs, and no run passes through a box. */
import { HEAD, ROW } from '../../src/picture/layout.js';
import { placeLayered } from '../../src/picture/place.js';
import type { Picture } from '../../src/picture/view.js';

const col = (name: string) => ({ name, type: 'bigint', marks: [], nullable: false });
const rel = (child: string, column: string, parent: string) =>
  ({ name: `fk_${child}_${column}`, child, column, parent, refColumn: 'id', many: true, optional: false });

function picture(): Picture {
  const tables = ['a', 'b', 'c', 'd', 'e', 'f', 'lonely'].map((name) => ({ name, group: '', columns: ['id', 'x_id', 'y_id'].map(col) }));
  const relations = [
    rel('b', 'x_id', 'a'), rel('c', 'x_id', 'b'), rel('d', 'x_id', 'c'), // a chain
    rel('d', 'y_id', 'a'),                                               // a jump over two columns
    rel('a', 'y_id', 'd'),                                               // closes a cycle
    rel('e', 'x_id', 'e'),                                               // itself
    rel('f', 'x_id', 'e'), rel('b', 'y_id', 'f'),                        // a second root into the chain
  ];
  return { tables, relations, groups: [''] };
}

const p = picture();
const size = p.tables.map((t) => ({ width: 120, height: HEAD + ROW * t.columns.length, nameWidth: 60 }));
const l = placeLayered(p, size);

test('every table has a box inside the picture, and no two overlap', () => {
  expect(l.boxes.map((b) => b.name).sort()).toEqual(p.tables.map((t) => t.name).sort());
  for (const [i, a] of l.boxes.entries()) {
    expect(a.x >= 0 && a.y >= 0 && a.x + a.width <= l.width && a.y + a.height <= l.height).toBe(true);
    for (const b of l.boxes.slice(i + 1)) {
      expect(a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height).toBe(false);
    }
  }
});

const box = (name: string) => l.boxes.find((b) => b.name === name)!;
const rowY = (name: string, column: string) =>
  box(name).y + HEAD + ROW * p.tables.find((t) => t.name === name)!.columns.findIndex((c) => c.name === column) + ROW / 2;

test('each line starts at the referenced row on the right and ends at the FK row on the left, in straight runs', () => {
  expect(l.lines.map((x) => x.id)).toEqual(p.relations.map((_, i) => `${i}`));
  l.lines.forEach((line, i) => {
    const r = p.relations[i];
    const [s, e] = [line.points[0], line.points[line.points.length - 1]];
    expect(s).toEqual({ x: box(r.parent).x + box(r.parent).width, y: rowY(r.parent, r.refColumn) });
    expect(e).toEqual({ x: box(r.child).x, y: rowY(r.child, r.column) });
    line.points.slice(1).forEach((q, k) => expect(q.x === line.points[k].x || q.y === line.points[k].y).toBe(true));
  });
});

test('no run of a line passes through a box', () => {
  const crossings: string[] = [];
  for (const line of l.lines) {
    line.points.slice(1).forEach((q, k) => {
      const a = line.points[k];
      const [x0, x1, y0, y1] = [Math.min(a.x, q.x), Math.max(a.x, q.x), Math.min(a.y, q.y), Math.max(a.y, q.y)];
      for (const b of l.boxes) {
        if (x0 < b.x + b.width - 0.01 && x1 > b.x + 0.01 && y0 < b.y + b.height && y1 > b.y) crossings.push(`${line.id} × ${b.name}`);
      }
    });
  }
  expect(crossings).toEqual([]);
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
