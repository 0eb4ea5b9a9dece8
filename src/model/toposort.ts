/** Creation order: parents before children; FK cycles broken deterministically (those FKs are deferred). */
export interface Edge { child: string; parent: string; fk: string }

export function toposort(nodes: string[], edges: Edge[]): { order: string[]; deferred: Edge[] } {
  const order: string[] = [];
  const deferred: Edge[] = [];
  const done = new Set<string>();
  const pending = (n: string) => edges.filter((e) => e.child === n && e.parent !== n && !done.has(e.parent));
  while (order.length < nodes.length) {
    const ready = nodes.find((n) => !done.has(n) && pending(n).length === 0);
    const pick = ready ?? nodes.find((n) => !done.has(n))!;
    if (!ready) deferred.push(...pending(pick));
    order.push(pick);
    done.add(pick);
  }
  return { order, deferred };
}
