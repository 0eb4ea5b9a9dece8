/** What a laid-out picture must hold, as lists of what is wrong (empty: nothing): boxes inside the picture and
 *  apart, each line from the referenced column's row on the parent's right edge to the FK column's row on the
 *  child's left edge, in horizontal and vertical runs, none through a box. */
import { HEAD, ROW, type Layout, type Point } from '../../src/picture/layout.js';
import type { Picture } from '../../src/picture/view.js';

export function overlaps(l: Layout): string[] {
  const out: string[] = [];
  for (const [i, a] of l.boxes.entries()) {
    if (!(a.x >= 0 && a.y >= 0 && a.x + a.width <= l.width && a.y + a.height <= l.height)) out.push(`${a.name} outside`);
    for (const b of l.boxes.slice(i + 1)) {
      const apart = a.x >= b.x + b.width || b.x >= a.x + a.width || a.y >= b.y + b.height || b.y >= a.y + a.height;
      if (!apart) out.push(`${a.name} × ${b.name}`);
    }
  }
  return out;
}

/** Where each relation's line must start and end. */
export function ends(p: Picture, l: Layout) {
  const box = new Map(l.boxes.map((b) => [b.name, b]));
  const row = (name: string, column: string) => p.tables.find((t) => t.name === name)!.columns.findIndex((c) => c.name === column);
  const rowY = (name: string, column: string) => box.get(name)!.y + HEAD + ROW * row(name, column) + ROW / 2;
  return p.relations.map((r) => ({
    start: { x: box.get(r.parent)!.x + box.get(r.parent)!.width, y: rowY(r.parent, r.refColumn) },
    end: { x: box.get(r.child)!.x, y: rowY(r.child, r.column) },
  }));
}

export function misjoined(p: Picture, l: Layout): string[] {
  const want = ends(p, l);
  const close = (a: Point, b: Point) => Math.abs(a.x - b.x) < 1e-6 && Math.abs(a.y - b.y) < 1e-6;
  return l.lines.flatMap((line, i) => {
    const [s, e] = [line.points[0], line.points[line.points.length - 1]];
    return line.points.length >= 2 && close(s, want[i].start) && close(e, want[i].end) ? [] : [`${p.relations[i].name}`];
  });
}

export function badRuns(l: Layout): string[] {
  const out: string[] = [];
  for (const line of l.lines) {
    line.points.slice(1).forEach((q, k) => {
      const a = line.points[k];
      if (a.x !== q.x && a.y !== q.y) out.push(`${line.id}: slanted`);
      const [x0, x1, y0, y1] = [Math.min(a.x, q.x), Math.max(a.x, q.x), Math.min(a.y, q.y), Math.max(a.y, q.y)];
      for (const b of l.boxes) {
        const inside = x0 < b.x + b.width - 0.01 && x1 > b.x + 0.01 && y0 < b.y + b.height && y1 > b.y;
        if (inside) out.push(`${line.id} × ${b.name}`);
      }
    });
  }
  return out;
}
