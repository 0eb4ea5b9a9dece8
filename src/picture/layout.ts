/**
 * The picture laid out by ELK's layered algorithm: a box per table (a header row, a row per column), a port
 * on the side of each column row a line joins, and an edge per relation from the referenced column's row to the FK
 * column's row, so the lines join the right columns. No position is set here: ELK places every box (up to
 * ELK_TABLES tables; a bigger design is placed by place.ts).
 */
import type { Picture } from './view.js';
import type { ElkGraph, ElkPoint } from './elk.js';
import { cachedLayout } from './elk-cache.js';
import { placeLayered } from './place.js';

export const HEAD = 28;
export const ROW = 20;
export const CHAR = 7.2;          // width of one character of the 12px monospace the SVG uses
const PAD = 10;
/** Up to this many tables ELK lays the picture out (its crossing minimisation shows); above, place.ts does, in
 *  time linear in the design (ELK takes ~0.4 s for 40 tables and seconds for 1,000). */
export const ELK_TABLES = 30;

export interface Box { name: string; x: number; y: number; width: number; height: number; nameWidth: number }
export interface Line { id: string; points: ElkPoint[] }
export interface Layout { width: number; height: number; boxes: Box[]; lines: Line[] }

const port = (t: string, c: string, side: 'E' | 'W') => `${t}\u0000${c}\u0000${side}`;

export function widthOf(p: Picture['tables'][number]): { width: number; nameWidth: number } {
  const nameWidth = Math.max(...p.columns.map((c) => c.name.length + (c.marks.length ? 3 * c.marks.length : 0)), 4) * CHAR + 2 * PAD;
  const typeWidth = Math.max(...p.columns.map((c) => c.type.length), 0) * CHAR + PAD;
  return { width: Math.ceil(Math.max(p.name.length * CHAR + 2 * PAD, nameWidth + typeWidth)), nameWidth: Math.ceil(nameWidth) };
}

export function layOut(p: Picture): Layout {
  if (p.tables.length > ELK_TABLES) {
    return placeLayered(p, p.tables.map((t) => ({ ...widthOf(t), height: HEAD + ROW * Math.max(t.columns.length, 1) })));
  }
  const widths = new Map(p.tables.map((t) => [t.name, widthOf(t)]));
  const used = new Set(p.relations.flatMap((r) => [port(r.parent, r.refColumn, 'E'), port(r.child, r.column, 'W')])); // only rows a line joins
  const graph: ElkGraph = {
    id: 'root',
    layoutOptions: {
      'elk.algorithm': 'layered', 'elk.direction': 'RIGHT', 'elk.edgeRouting': 'ORTHOGONAL',
      'elk.spacing.nodeNode': '36', 'elk.layered.spacing.nodeNodeBetweenLayers': '72', 'elk.spacing.edgeNode': '16',
      'elk.spacing.componentComponent': '48', 'elk.padding': '[top=24,left=24,bottom=24,right=24]',
    },
    children: p.tables.map((t) => {
      const { width } = widths.get(t.name)!;
      return {
        id: t.name, width, height: HEAD + ROW * Math.max(t.columns.length, 1),
        layoutOptions: { 'elk.portConstraints': 'FIXED_POS' },
        ports: t.columns.flatMap((c, i) => (['W', 'E'] as const).filter((side) => used.has(port(t.name, c.name, side))).map((side) => ({
          id: port(t.name, c.name, side), x: side === 'W' ? 0 : width, y: HEAD + ROW * i + ROW / 2, width: 0, height: 0,
          layoutOptions: { 'elk.port.side': side === 'W' ? 'WEST' : 'EAST' },
        }))),
      };
    }),
    edges: p.relations.map((r, i) => ({
      id: `${i}`, sources: [port(r.parent, r.refColumn, 'E')], targets: [port(r.child, r.column, 'W')],
    })),
  };
  const out = cachedLayout(graph);
  const boxes = out.children.map((n) => ({
    name: n.id, x: n.x ?? 0, y: n.y ?? 0, width: n.width, height: n.height, nameWidth: widths.get(n.id)!.nameWidth,
  }));
  const lines = out.edges.map((e) => ({
    id: e.id, points: (e.sections ?? []).flatMap((s) => [s.startPoint, ...(s.bendPoints ?? []), s.endPoint]),
  }));
  return { width: Math.ceil(out.width ?? 0), height: Math.ceil(out.height ?? 0), boxes, lines };
}
