/**
 * The picture laid out: a box per table (a header row, a row per column) and a line per relation from the
 * referenced column's row (the parent's right edge) to the FK column's row (the child's left edge). No box is
 * placed by hand: the tables are split into connected parts (the relations as edges), each part is laid out by
 * dagre (dagre.ts; its lines drawn through dagre's ranks by route.ts), and the parts are shelf-packed, tallest first
 * (layered.ts). A part of more than DAGRE_TABLES tables is placed by place.ts, our own layered placement, linear in
 * the part: dagre's time grows faster than the part (measured cold on one tree with jumps, 2 busy cores: 200 tables
 * 0.27 s, 300 tables 0.39 s, 1,000 tables 3.7 s; place.ts 0.06 s). A part of one table is its box at the origin,
 * as dagre would put it (nothing to lay out). Parts of the same shape (box heights, relations, rows: what dagre's
 * answer depends on but the x of each rank, dagre.ts) are laid out once per picture (the bench's 10,000 tables:
 * one shape, 2,500 parts).
 */
import type { Picture } from './view.js';
import { edgesOf, pack, partsOf, type Edge } from './layered.js';
import { dagrePart, xOf, type Ranked } from './dagre.js';
import { routePart, type RowEdge, type Routed } from './route.js';
import { placedPart } from './place.js';

export const HEAD = 28;
export const ROW = 20;
export const CHAR = 7.2;          // width of one character of the 12px monospace the SVG uses
const PAD = 10;
/** Above this many tables a connected part is placed by place.ts rather than dagre. */
export const DAGRE_TABLES = 300;

export interface Point { x: number; y: number }
export interface Box { name: string; x: number; y: number; width: number; height: number; nameWidth: number }
export interface Line { id: string; points: Point[] }
export interface Layout { width: number; height: number; boxes: Box[]; lines: Line[] }
type Size = { width: number; height: number; nameWidth: number };

export function widthOf(p: Picture['tables'][number]): { width: number; nameWidth: number } {
  const nameWidth = Math.max(...p.columns.map((c) => c.name.length + (c.marks.length ? 3 * c.marks.length : 0)), 4) * CHAR + 2 * PAD;
  const typeWidth = Math.max(...p.columns.map((c) => c.type.length), 0) * CHAR + PAD;
  return { width: Math.ceil(Math.max(p.name.length * CHAR + 2 * PAD, nameWidth + typeWidth)), nameWidth: Math.ceil(nameWidth) };
}

/** One part laid out in its own frame (boxes and lines from (0, 0)), in the order of `tables` and `edges`. */
function laidOut(p: Picture, size: Size[], tables: number[], edges: Edge[], memo: Map<string, Ranked>): Routed {
  const local = new Map(tables.map((t, i) => [t, i]));
  const rowDy = (t: number, column: string) =>
    HEAD + ROW * Math.max(0, p.tables[t].columns.findIndex((c) => c.name === column)) + ROW / 2;
  const rows: RowEdge[] = edges.map((e) => {
    const r = p.relations[e.rel];
    const [from, to] = [local.get(e.from)!, local.get(e.to)!];
    return { from, to, startDy: rowDy(e.from, r.refColumn), endDy: rowDy(e.to, r.column) };
  });
  const sizes = tables.map((t) => size[t]);
  if (tables.length > DAGRE_TABLES) {
    const relations = edges.map((e) => p.relations[e.rel]);
    return placedPart({ tables: tables.map((t) => p.tables[t]), relations, groups: p.groups }, sizes);
  }
  const key = JSON.stringify([sizes.map((s) => s.height), rows]);
  let ranked = memo.get(key);
  if (!ranked) {
    const alone = { y: [0], layer: [0], rank: [0], cross: rows.map(() => new Map<number, number>()), dagreX: [0] };
    ranked = tables.length === 1 ? alone : dagrePart(sizes, rows);
    memo.set(key, ranked);
  }
  return routePart(sizes, ranked, xOf(sizes, ranked.layer), rows);
}

export function layOut(p: Picture): Layout {
  const size = p.tables.map((t) => ({ ...widthOf(t), height: HEAD + ROW * Math.max(t.columns.length, 1) }));
  const edges = edgesOf(p);
  const parts = partsOf(p.tables.length, edges);
  const partOf = new Array<number>(p.tables.length);
  parts.forEach((tables, k) => tables.forEach((t) => { partOf[t] = k; }));
  const own: Edge[][] = parts.map(() => []);
  for (const e of edges) own[partOf[e.from]].push(e);
  const memo = new Map<string, Ranked>();
  const blocks = parts.map((tables, k) => {
    const routed = laidOut(p, size, tables, own[k], memo);
    return { tables, edges: own[k], routed, x: 0, y: 0, width: routed.width, height: routed.height };
  });
  const { width, height } = pack([...blocks].sort((a, b) => b.height - a.height)); // stable: ties in table order
  const boxes = new Array<Box>(p.tables.length);
  const lines: Line[] = p.relations.map((_, i) => ({ id: `${i}`, points: [] }));
  for (const b of blocks) {
    const { x, y } = b.routed;
    b.tables.forEach((t, i) => { boxes[t] = { name: p.tables[t].name, x: b.x + x[i], y: b.y + y[i], ...size[t] }; });
    b.edges.forEach((e, j) => { lines[e.rel].points = b.routed.lines[j].map((q) => ({ x: b.x + q.x, y: b.y + q.y })); });
  }
  return { width, height, boxes, lines };
}
