/**
 * The lines of a part laid out by dagre.ts, in horizontal and vertical runs: from the referenced column's row
 * (the parent's right edge) into the gap after the parent's rank, then across each rank between at the y of
 * dagre's dummy node for it (clear of the rank's boxes), turning in the gaps, into the gap before the child's
 * rank and along the FK column's row to the child's left edge. A line back to a rank on the left (a cycle, dagre
 * turned it around) or to its own table crosses the parent's and the child's ranks just above their boxes.
 * The vertical runs sharing a gap are spread across it; a crowded gap is widened (its ranks moved right).
 */
import type { Sized } from './layered.js';
import type { Ranked } from './dagre.js';
import type { Point } from './layout.js';

const LANE = 6;    // at least between two vertical runs of a gap
const OUTER = 24;  // the gap left of the first rank or right of the last, when a line runs there
const CLEAR = 10;  // above a box, for a line that crosses its rank there

/** A relation of the part: its tables and the rows' offsets from the top of their boxes. */
export interface RowEdge { from: number; to: number; startDy: number; endDy: number }
export interface Routed { x: number[]; y: number[]; lines: Point[][]; width: number; height: number }

/** Horizontal runs at `ys`, joined by vertical ones in the gaps `gaps` (gap g: left of rank g). */
interface Run { ys: number[]; gaps: number[] }

function runOf(e: RowEdge, cross: Map<number, number>, l: Ranked, top: number[]): Run {
  const [a, b] = [l.rank[e.from], l.rank[e.to]];
  const ys = [l.y[e.from] + e.startDy];
  const gaps: number[] = [];
  const pass = (r: number) => ys.push(cross.get(r) ?? top[r] - CLEAR);
  if (a < b) {
    for (let r = a + 1; r < b; r++) { gaps.push(r); pass(r); }
  } else {
    gaps.push(a + 1); ys.push(l.y[e.from] - CLEAR);
    for (let r = a - 1; r > b; r--) { gaps.push(r + 1); pass(r); }
    gaps.push(b + 1); ys.push(l.y[e.to] - CLEAR);
  }
  gaps.push(b); ys.push(l.y[e.to] + e.endDy);
  for (let j = 0; j < gaps.length; j++) if (ys[j] === ys[j + 1]) { gaps.splice(j, 1); ys.splice(j--, 1); } // straight on
  return { ys, gaps };
}

/** Which runs sit side by side in a gap, left to right: those going up, then those going down (each so that
 *  two runs cross only where one's span holds the other's), then by relation. */
const order = (a: { ys: number[]; k: number }, b: { ys: number[]; k: number }) => {
  const up = (r: { ys: number[] }) => r.ys[1] < r.ys[0];
  if (up(a) !== up(b)) return up(a) ? -1 : 1;
  return (up(a) ? a.ys[0] - b.ys[0] : b.ys[0] - a.ys[0]) || a.k - b.k;
};

/** `lx`: each box's left edge before the gaps are widened (dagre.ts's xOf). */
export function routePart(size: Sized[], l: Ranked, lx: number[], edges: RowEdge[]): Routed {
  const ranks = Math.max(...l.rank) + 1;
  const left = new Array<number>(ranks).fill(Infinity);
  const right = new Array<number>(ranks).fill(-Infinity);
  const top = new Array<number>(ranks).fill(Infinity);
  l.rank.forEach((r, i) => {
    left[r] = Math.min(left[r], lx[i]);
    right[r] = Math.max(right[r], lx[i] + size[i].width);
    top[r] = Math.min(top[r], l.y[i]);
  });
  const runs = edges.map((e, k) => runOf(e, l.cross[k], l, top));
  const inGap: { ys: number[]; k: number; j: number }[][] = Array.from({ length: ranks + 1 }, () => []);
  runs.forEach((r, k) => r.gaps.forEach((g, j) => inGap[g].push({ ys: [r.ys[j], r.ys[j + 1]], k, j })));
  const width = inGap.map((runsHere, g) => {
    const need = runsHere.length ? LANE * (runsHere.length + 1) : 0;
    return g === 0 || g === ranks ? (need ? Math.max(OUTER, need) : 0) : Math.max(left[g] - right[g - 1], need);
  });
  const shift: number[] = []; // each rank moved right: the gaps before it as wide as they need
  for (let r = 0, at = width[0]; r < ranks; r++) { shift.push(at - left[r]); at += right[r] - left[r] + width[r + 1]; }
  const x = lx.map((v, i) => v + shift[l.rank[i]]);
  const slot = runs.map((r) => r.gaps.map(() => 0));
  inGap.forEach((runsHere, g) => {
    const from = g ? right[g - 1] + shift[g - 1] : 0;
    runsHere.sort(order).forEach((r, i) => { slot[r.k][r.j] = from + ((i + 1) * width[g]) / (runsHere.length + 1); });
  });
  const lines = edges.map((e, k) => {
    const { ys } = runs[k];
    const points: Point[] = [{ x: x[e.from] + size[e.from].width, y: ys[0] }];
    slot[k].forEach((sx, j) => points.push({ x: sx, y: ys[j] }, { x: sx, y: ys[j + 1] }));
    points.push({ x: x[e.to], y: ys[ys.length - 1] });
    return points;
  });
  const minY = Math.min(...l.y, ...lines.flatMap((pts) => pts.map((q) => q.y)));
  const y = l.y.map((v) => v - minY);
  for (const pts of lines) for (const q of pts) q.y -= minY;
  const height = Math.max(...y.map((v, i) => v + size[i].height), ...lines.flatMap((pts) => pts.map((q) => q.y)));
  return { x, y, lines, width: right[ranks - 1] + shift[ranks - 1] + width[ranks], height };
}
