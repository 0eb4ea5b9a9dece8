/**
 * ELK's answer for a graph, kept by the graph's hash in a per-user folder of the system's temp directory: a run
 * that draws the same picture again (db-entity after db-schema with nothing new for the picture, a re-run, a
 * test's many runs) neither loads elkjs (2 MB) nor lays it out. ELK is deterministic, so the SVG is the same
 * byte for byte. A cached answer that does not fit the graph (ids, numbers) is ignored and laid out afresh;
 * DB_SCAFFOLD_LAYOUT_CACHE=0 turns the cache off. Nothing of the user's repository goes there but the layout.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { layoutSync, type ElkGraph } from './elk.js';

const VERSION = 1; // bump when the graph or what is kept of the answer changes
const dir = () => join(tmpdir(), `db-scaffold-layout-${process.getuid?.() ?? 'user'}`);
const num = (x: unknown) => typeof x === 'number' && Number.isFinite(x);
const pt = (p: { x: unknown; y: unknown } | undefined) => !!p && num(p.x) && num(p.y);

/** What layout.ts reads of ELK's answer. */
function kept(g: ElkGraph): ElkGraph {
  return {
    id: g.id, layoutOptions: {}, width: g.width, height: g.height,
    children: g.children.map((n) => ({ id: n.id, x: n.x, y: n.y, width: n.width, height: n.height })),
    edges: g.edges.map((e) => ({ id: e.id, sources: [], targets: [], sections: e.sections })),
  };
}

function fits(graph: ElkGraph, a: ElkGraph): boolean {
  return num(a.width) && num(a.height) && Array.isArray(a.children) && Array.isArray(a.edges)
    && a.children.length === graph.children.length && a.edges.length === graph.edges.length
    && a.children.every((n, i) => {
      const want = graph.children[i];
      return n.id === want.id && num(n.x) && num(n.y) && n.width === want.width && n.height === want.height;
    })
    && a.edges.every((e, i) => e.id === graph.edges[i].id
      && (e.sections ?? []).every((s) => pt(s.startPoint) && pt(s.endPoint) && (s.bendPoints ?? []).every(pt)));
}

/** The folder is ours alone (made 0700 by us; one another user made first is not used). */
function ours(path: string): boolean {
  try {
    const s = statSync(path);
    return s.isDirectory() && (process.getuid === undefined || s.uid === process.getuid()) && (s.mode & 0o077) === 0;
  } catch { return false; }
}

export function cachedLayout(graph: ElkGraph): ElkGraph {
  if (process.env.DB_SCAFFOLD_LAYOUT_CACHE === '0') return layoutSync(graph);
  try { mkdirSync(dir(), { recursive: true, mode: 0o700 }); } catch { /* checked next */ }
  if (!ours(dir())) return layoutSync(graph);
  const key = createHash('sha256').update(`${VERSION}\n${JSON.stringify(graph)}`).digest('hex');
  const file = join(dir(), `${key}.json`);
  try {
    const hit = JSON.parse(readFileSync(file, 'utf8')) as ElkGraph;
    if (fits(graph, hit)) return hit;
  } catch { /* no answer kept yet, or unreadable: lay it out */ }
  const answer = kept(layoutSync(graph));
  try {
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(answer), { mode: 0o600 });
    renameSync(tmp, file);
  } catch { /* a cache that cannot be written is only slower */ }
  return answer;
}
