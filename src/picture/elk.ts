/**
 * elkjs, synchronously: its GWT-compiled layout runs on the calling thread when its worker's dispatcher is
 * called directly (elk-api only wraps that in a fake worker and a promise). Loaded on first use (~2 MB).
 */
import { createRequire } from 'node:module';

export interface ElkPort { id: string; x: number; y: number; width: number; height: number; layoutOptions?: Record<string, string> }
export interface ElkNode {
  id: string; x?: number; y?: number; width: number; height: number;
  ports?: ElkPort[]; layoutOptions?: Record<string, string>;
}
export interface ElkPoint { x: number; y: number }
export interface ElkEdge {
  id: string; sources: string[]; targets: string[];
  sections?: { startPoint: ElkPoint; endPoint: ElkPoint; bendPoints?: ElkPoint[] }[];
}
export interface ElkGraph {
  id: string; layoutOptions: Record<string, string>; children: ElkNode[]; edges: ElkEdge[]; width?: number; height?: number;
}

interface Dispatcher { saveDispatch(e: { data: object }): void }
let worker: { dispatcher: Dispatcher; onmessage: (m: { data: { error?: unknown; data?: unknown } }) => void } | undefined;

function load() {
  if (worker) return worker;
  const mod = createRequire(import.meta.url)('elkjs/lib/elk-worker.js') as { Worker: new () => NonNullable<typeof worker> };
  worker = new mod.Worker();
  worker.onmessage = () => undefined;
  worker.dispatcher.saveDispatch({ data: { id: 0, cmd: 'register', algorithms: ['layered'] } });
  return worker;
}

/** The graph laid out (positions on nodes and ports, sections on edges): ELK reads a plain copy of it. Handed the graph
 *  itself, under jest's ESM modules its import failed on a change's picture ("Referenced shape does not exist: books
 *  author_id W", the port there, the same graph as JSON laid out fine): a copy holds no object ELK has seen before. */
export function layoutSync(graph: ElkGraph): ElkGraph {
  const w = load();
  let answer: { error?: unknown; data?: unknown } | undefined;
  w.onmessage = (m) => { answer = m.data; };
  w.dispatcher.saveDispatch({ data: { id: 1, cmd: 'layout', graph: JSON.parse(JSON.stringify(graph)) as ElkGraph, layoutOptions: {}, options: {} } });
  if (!answer) throw new Error('internal: elkjs answered nothing');
  if (answer.error) throw new Error(`internal: elkjs: ${String((answer.error as Error).message ?? answer.error)}`);
  return answer.data as ElkGraph;
}
