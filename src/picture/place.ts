/**
 * A connected part of more than DAGRE_TABLES tables (layout.ts) placed by layered.ts's columns: boxes and lines.
 * A line from the referenced column's row (a box's right edge) to the FK column's row (the child's left edge):
 * to the next column, it turns once in the gap between them;
 * otherwise (a longer jump, a cycle, a table referring to itself) it climbs in the gap after its parent to a
 * band kept free above the part, runs along it and comes down in the gap before its child, so no line
 * crosses a box. The lines sharing a gap are spread evenly across it.
 */
import type { Picture } from './view.js';
import type { Box, Layout, Line } from './layout.js';
import type { Routed } from './route.js';
import { HEAD, ROW } from './layout.js';
import { columnsOf, edgesOf, GAP, pack, SPACE, type Edge, type Part } from './layered.js';

const MARGIN = 24;   // the gap left of the first column or right of the last, when a line runs there
const LANE = 4;      // between two runs of the band

interface Placed { part: Part; boxes: { i: number; x: number; y: number }[]; route: (off: Part) => [number, Line][] }

function placePart(p: Picture, size: { width: number; height: number }[], columns: number[][], mine: Edge[]): Placed {
  const col = new Map<number, number>();
  columns.forEach((c, k) => c.forEach((i) => col.set(i, k)));
  const near = (e: Edge) => col.get(e.to) === col.get(e.from)! + 1;
  const count = new Array<number>(columns.length + 1).fill(0);
  for (const e of mine) {
    count[col.get(e.from)! + 1]++;
    if (!near(e)) count[col.get(e.to)!]++;
  }
  const gapW = count.map((c, g) => (g > 0 && g < columns.length ? GAP : c ? MARGIN : 0));
  const colW = columns.map((c) => c.reduce((m, i) => Math.max(m, size[i].width), 0));
  const colX: number[] = [];
  let x = gapW[0];
  columns.forEach((_, k) => { colX.push(x); x += colW[k] + gapW[k + 1]; });
  const band = mine.filter((e) => !near(e)).length;
  const top = band ? 8 + band * LANE : 0;
  const boxes: Placed['boxes'] = [];
  let height = top;
  columns.forEach((c, k) => {
    let y = top;
    for (const i of c) { boxes.push({ i, x: colX[k], y }); y += size[i].height + SPACE; }
    height = Math.max(height, y - SPACE);
  });
  const at = new Map(boxes.map((b) => [b.i, b]));
  const gapLeft = (g: number) => (g === 0 ? 0 : colX[g - 1] + colW[g - 1]);
  const route = (off: Part): [number, Line][] => {
    const used = new Array<number>(count.length).fill(0);
    const slot = (g: number) => off.x + gapLeft(g) + (++used[g] * gapW[g]) / (count[g] + 1);
    let lane = 0;
    const rowY = (i: number, column: string) =>
      off.y + at.get(i)!.y + HEAD + ROW * Math.max(0, p.tables[i].columns.findIndex((c) => c.name === column)) + ROW / 2;
    return mine.map((e) => {
      const r = p.relations[e.rel];
      const start = { x: off.x + at.get(e.from)!.x + size[e.from].width, y: rowY(e.from, r.refColumn) };
      const end = { x: off.x + at.get(e.to)!.x, y: rowY(e.to, r.column) };
      const up = slot(col.get(e.from)! + 1);
      if (near(e)) {
        const points = start.y === end.y ? [start, end] : [start, { x: up, y: start.y }, { x: up, y: end.y }, end];
        return [e.rel, { id: `${e.rel}`, points }];
      }
      const yb = off.y + 6 + LANE * lane++;
      const down = slot(col.get(e.to)!);
      const points = [start, { x: up, y: start.y }, { x: up, y: yb }, { x: down, y: yb }, { x: down, y: end.y }, end];
      return [e.rel, { id: `${e.rel}`, points }];
    });
  };
  return { part: { columns, x: 0, y: 0, width: x, height }, boxes, route };
}

/** The whole picture: every part placed, packed, then its lines routed where it landed. */
export function placeLayered(p: Picture, size: { width: number; height: number; nameWidth: number }[]): Layout {
  const edges = edgesOf(p);
  const parts = columnsOf(p.tables.length, edges);
  const partOf = new Array<number>(p.tables.length);
  parts.forEach((columns, k) => columns.forEach((c) => c.forEach((i) => { partOf[i] = k; })));
  const own: Edge[][] = parts.map(() => []);
  for (const e of edges) own[partOf[e.from]].push(e);
  const placed = parts.map((columns, k) => placePart(p, size, columns, own[k]));
  const { width, height } = pack(placed.map((q) => q.part));
  const boxes: Box[] = [];
  const lines: Line[] = p.relations.map((_, i) => ({ id: `${i}`, points: [] }));
  for (const q of placed) {
    for (const b of q.boxes) {
      const t = p.tables[b.i];
      boxes.push({ name: t.name, x: q.part.x + b.x, y: q.part.y + b.y, ...size[b.i] });
    }
    for (const [rel, line] of q.route(q.part)) lines[rel] = line;
  }
  return { width, height, boxes, lines };
}

/** One part (a picture of one connected part) in its own frame, boxes in table order, lines in relation order. */
export function placedPart(p: Picture, size: { width: number; height: number; nameWidth: number }[]): Routed {
  const l = placeLayered(p, size);
  const at = new Map(l.boxes.map((b) => [b.name, b]));
  const boxes = p.tables.map((t) => at.get(t.name)!);
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity]; // loops: a spread of every point may pass the stack
  const see = (x: number, y: number) => {
    [x0, y0, x1, y1] = [Math.min(x0, x), Math.min(y0, y), Math.max(x1, x), Math.max(y1, y)];
  };
  for (const b of boxes) { see(b.x, b.y); see(b.x + b.width, b.y + b.height); }
  for (const line of l.lines) for (const q of line.points) see(q.x, q.y);
  const lines = l.lines.map((line) => line.points.map((q) => ({ x: q.x - x0, y: q.y - y0 })));
  return { x: boxes.map((b) => b.x - x0), y: boxes.map((b) => b.y - y0), lines, width: x1 - x0, height: y1 - y0 };
}
