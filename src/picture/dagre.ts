/**
 * One connected part laid out by dagre (@dagrejs/dagre, rankdir LR: a referenced table left of the tables that
 * point at it; dagre's acyclic phase turns a cycle of FKs around). What is read back: each box's top-left corner
 * (whole pixels), its rank (0, 1, … from the left) and, per relation, the y of the dummy node dagre put in each rank
 * the relation passes (clear of every box of that rank): route.ts draws the lines through them. A relation of a
 * table to itself is not given to dagre (route.ts draws it round its own box).
 */
import { graphlib, layout } from '@dagrejs/dagre';
import type { Sized } from './layered.js';

export const NODESEP = 36;   // between two boxes of a rank
export const RANKSEP = 72;   // between two ranks: room for the lines' vertical runs
const EDGESEP = 12;          // between two dummy nodes (lines passing a rank)

/** A relation inside the part: table indexes of the part. */
export interface PartEdge { from: number; to: number }
export interface Ranked { x: number[]; y: number[]; rank: number[]; cross: Map<number, number>[] }

export function dagrePart(size: Sized[], edges: PartEdge[]): Ranked {
  const g = new graphlib.Graph({ multigraph: true });
  g.setGraph({ rankdir: 'LR', nodesep: NODESEP, ranksep: RANKSEP, edgesep: EDGESEP, marginx: 0, marginy: 0 });
  size.forEach((s, i) => g.setNode(`n${i}`, { width: s.width, height: s.height }));
  edges.forEach((e, k) => { if (e.from !== e.to) g.setEdge(`n${e.from}`, `n${e.to}`, { labelpos: 'c' }, `e${k}`); });
  layout(g);
  const node = (i: number) => g.node(`n${i}`) as { x: number; y: number; rank: number };
  const x = size.map((s, i) => Math.round(node(i).x - s.width / 2));
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
  return { x, y, rank, cross };
}
