/**
 * One connected part laid out by dagre (@dagrejs/dagre, rankdir LR: a referenced table left of the tables that
 * point at it; dagre's acyclic phase turns a cycle of FKs around). What is read back: each box's top (whole
 * pixels), its rank (0, 1, … from the left; `layer`: dagre's own, which counts the layers between too) and, per
 * relation, the y of the dummy node dagre put in each rank the relation passes (clear of every box of that rank):
 * route.ts draws the lines through them. A relation of a table to itself is not given to dagre (route.ts draws it
 * round its own box). None of that depends on the boxes' widths (left to right, dagre orders and spaces a rank's
 * boxes by their heights): `xOf` is dagre's left edge of each box from the widths and the layers (each layer as
 * wide as its widest box, centred, RANKSEP / 2 between layers), so parts that differ only in widths are laid out
 * once (layout.ts); dagre's own x is kept for the test that holds them equal.
 */
import { graphlib, layout } from '@dagrejs/dagre';
import type { Sized } from './layered.js';

export const NODESEP = 36;   // between two boxes of a rank
export const RANKSEP = 72;   // between two ranks: room for the lines' vertical runs
const EDGESEP = 12;          // between two dummy nodes (lines passing a rank)

/** A relation inside the part: table indexes of the part. */
export interface PartEdge { from: number; to: number }
export interface Ranked { y: number[]; layer: number[]; rank: number[]; cross: Map<number, number>[]; dagreX: number[] }

export function dagrePart(size: Sized[], edges: PartEdge[]): Ranked {
  const g = new graphlib.Graph({ multigraph: true });
  g.setGraph({ rankdir: 'LR', nodesep: NODESEP, ranksep: RANKSEP, edgesep: EDGESEP, marginx: 0, marginy: 0 });
  size.forEach((s, i) => g.setNode(`n${i}`, { width: s.width, height: s.height }));
  edges.forEach((e, k) => { if (e.from !== e.to) g.setEdge(`n${e.from}`, `n${e.to}`, { labelpos: 'c' }, `e${k}`); });
  layout(g);
  const node = (i: number) => g.node(`n${i}`) as { x: number; y: number; rank: number };
  const x = size.map((s, i) => Math.round(node(i).x - s.width / 2));
  const layer = size.map((_, i) => node(i).rank);
  const y = size.map((s, i) => Math.round(node(i).y - s.height / 2));
  const ranks = [...new Set(size.map((_, i) => node(i).rank))].sort((a, b) => a - b);
  const index = new Map(ranks.map((r, k) => [r, k]));
  const rank = size.map((_, i) => index.get(node(i).rank)!);
  const left = ranks.map(() => Infinity);
  const right = ranks.map(() => -Infinity);
  rank.forEach((k, i) => { left[k] = Math.min(left[k], x[i]); right[k] = Math.max(right[k], x[i] + size[i].width); });
  const cross = edges.map((e, k) => {
    const at = new Map<number, number>();
    if (e.from === e.to) return at;
    const points = (g.edge(`n${e.from}`, `n${e.to}`, `e${k}`) as { points: { x: number; y: number }[] }).points;
    for (const pt of points.slice(1, -1)) { // a dummy in a rank of boxes (the others are in the gaps between)
      const r = left.findIndex((l, j) => l <= pt.x && pt.x <= right[j]);
      if (r >= 0) at.set(r, pt.y);
    }
    return at;
  });
  return { y, layer, rank, cross, dagreX: x };
}

/** The boxes' left edges as dagre places them (from 0): rankdir LR, every layer centred on its widest box. */
export function xOf(size: Sized[], layer: number[]): number[] {
  const widest = new Array<number>(Math.max(...layer) + 1).fill(0);
  layer.forEach((k, i) => { widest[k] = Math.max(widest[k], size[i].width); });
  const centre: number[] = [];
  widest.reduce((at, w) => { centre.push(at + w / 2); return at + w + RANKSEP / 2; }, 0);
  return size.map((s, i) => Math.round(centre[layer[i]] - s.width / 2));
}
