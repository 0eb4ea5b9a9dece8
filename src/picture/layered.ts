/**
 * A layered placement of our own, linear in tables + relations, for a connected part too big for dagre to lay
 * out in a blink (layout.ts picks it above DAGRE_TABLES): the part's tables in columns, a referenced
 * table left of the tables that point at it (longest path; a cycle is cut where it is found), each column
 * ordered by the mean row of the parents. Also the parts (union-find) and the packing of laid-out parts.
 */
import type { Picture } from './view.js';

export const GAP = 72;        // between columns: room for the vertical runs of the lines
export const SPACE = 36;      // between boxes of a column
const PART = 48;              // between connected parts
const PAD = 24;               // around the picture

export interface Sized { width: number; height: number }
export interface Edge { from: number; to: number; rel: number }
/** One connected part: its columns (table indexes, top to bottom), placed at (x, y) once packed. */
export interface Part { columns: number[][]; x: number; y: number; width: number; height: number }

/** The relations as edges between table indexes (a relation to a table not drawn has none). */
export function edgesOf(p: Picture): Edge[] {
  const at = new Map(p.tables.map((t, i) => [t.name, i]));
  const out: Edge[] = [];
  p.relations.forEach((r, rel) => {
    const from = at.get(r.parent);
    const to = at.get(r.child);
    if (from !== undefined && to !== undefined) out.push({ from, to, rel });
  });
  return out;
}

/** Longest-path layers in a topological order (Kahn's, by index); a table left in a cycle is started where it is. */
export function layers(n: number, edges: Edge[]): { layer: number[]; rank: number[] } {
  const out: number[][] = Array.from({ length: n }, () => []);
  const indeg = new Array<number>(n).fill(0);
  for (const e of edges) if (e.from !== e.to) { out[e.from].push(e.to); indeg[e.to]++; }
  const layer = new Array<number>(n).fill(0);
  const rank = new Array<number>(n).fill(-1);
  const queue: number[] = [];
  let head = 0;
  let next = 0;
  for (let i = 0; i < n; i++) if (!indeg[i]) queue.push(i);
  for (let done = 0; done < n; done++) {
    if (head === queue.length) { while (rank[next] >= 0) next++; queue.push(next); }
    const v = queue[head++];
    rank[v] = done;
    for (const c of out[v]) {
      if (rank[c] >= 0) continue;
      layer[c] = Math.max(layer[c], layer[v] + 1);
      if (--indeg[c] === 0) queue.push(c);
    }
  }
  return { layer, rank };
}

/** Union-find over the edges: the parts, each a list of table indexes in table order. */
export function partsOf(n: number, edges: Edge[]): number[][] {
  const up = Array.from({ length: n }, (_, i) => i);
  const find = (x: number): number => { while (up[x] !== x) x = up[x] = up[up[x]]; return x; };
  for (const e of edges) { const a = find(e.from); const b = find(e.to); if (a !== b) up[Math.max(a, b)] = Math.min(a, b); }
  const byRoot = new Map<number, number[]>();
  for (let i = 0; i < n; i++) { const r = find(i); const list = byRoot.get(r); if (list) list.push(i); else byRoot.set(r, [i]); }
  return [...byRoot.values()];
}

/** Each part's columns: by layer, then (from the second column on) by the mean position of the parents. */
export function columnsOf(n: number, edges: Edge[]): number[][][] {
  const { layer, rank } = layers(n, edges);
  const parents: number[][] = Array.from({ length: n }, () => []);
  for (const e of edges) if (rank[e.from] < rank[e.to]) parents[e.to].push(e.from);
  const pos = new Array<number>(n).fill(0);
  return partsOf(n, edges).map((part) => {
    const cols: number[][] = [];
    for (const i of [...part].sort((a, b) => rank[a] - rank[b])) (cols[layer[i]] ??= []).push(i);
    const dense = cols.filter(Boolean);
    dense.forEach((col, k) => {
      const key = new Map(col.map((i, j) => {
        const ps = parents[i];
        return [i, k && ps.length ? ps.reduce((s, q) => s + pos[q], 0) / ps.length : j];
      }));
      col.sort((a, b) => key.get(a)! - key.get(b)! || rank[a] - rank[b]).forEach((i, j) => { pos[i] = j; });
    });
    return dense;
  });
}

/** Shelf packing, parts in order: a new row once the next part would pass about the square root of the area. */
export function pack(parts: (Sized & { x: number; y: number })[]): Sized {
  const area = parts.reduce((s, p) => s + (p.width + PART) * (p.height + PART), 0);
  const limit = parts.reduce((m, p) => Math.max(m, p.width), Math.sqrt(area) * 1.5);
  let x = PAD;
  let y = PAD;
  let rowHeight = 0;
  let width = PAD; // an empty picture: its padding alone
  for (const p of parts) {
    if (x > PAD && x + p.width > PAD + limit) { x = PAD; y += rowHeight + PART; rowHeight = 0; }
    p.x = x;
    p.y = y;
    x += p.width + PART;
    rowHeight = Math.max(rowHeight, p.height);
    width = Math.max(width, p.x + p.width);
  }
  return { width: Math.ceil(width + PAD), height: Math.ceil(y + rowHeight + PAD) };
}
