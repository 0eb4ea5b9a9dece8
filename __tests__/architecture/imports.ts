/** Every relative import and `export … from` of the source tree, read from the files (type-only ones too). */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';

export const ROOT = join(dirname(new URL(import.meta.url).pathname), '..', '..');
const SPEC = /^\s*(?:import|export)\b[^;'"]*?\bfrom\s*['"](\.[^'"]+)['"]/gm;
const BARE = /^\s*import\s*['"](\.[^'"]+)['"]/gm;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

export interface Edge { from: string; to: string } // paths relative to the repository, .ts

/** The imports of every .ts file under `dirs` (relative to the repository root). */
export function importsOf(dirs: string[]): Edge[] {
  const out: Edge[] = [];
  for (const file of dirs.flatMap((d) => files(join(ROOT, d)))) {
    const text = readFileSync(file, 'utf8');
    for (const re of [SPEC, BARE]) {
      for (const m of text.matchAll(re)) {
        const to = normalize(join(dirname(file), m[1])).replace(/\.js$/, '.ts');
        out.push({ from: relative(ROOT, file), to: relative(ROOT, to) });
      }
    }
  }
  return out;
}

/** The layer a file is in: src/<folder>/… → <folder>; generators/, bin/, plopfile.ts → themselves. */
export const folderOf = (path: string): string => (path.startsWith('src/') ? path.split('/')[1] : path.split('/')[0]);

/** Folder-level cycles: each strongly connected set of more than one folder (Tarjan). */
export function folderCycles(edges: Edge[]): string[][] {
  const next = new Map<string, Set<string>>();
  for (const e of edges) {
    const [a, b] = [folderOf(e.from), folderOf(e.to)];
    if (a !== b) next.set(a, (next.get(a) ?? new Set()).add(b));
  }
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const out: string[][] = [];
  const visit = (v: string) => {
    index.set(v, index.size);
    low.set(v, index.get(v)!);
    stack.push(v);
    for (const w of next.get(v) ?? []) {
      if (!index.has(w)) { visit(w); low.set(v, Math.min(low.get(v)!, low.get(w)!)); }
      else if (stack.includes(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const scc: string[] = [];
      for (let w = stack.pop()!; ; w = stack.pop()!) { scc.push(w); if (w === v) break; }
      if (scc.length > 1) out.push(scc.sort());
    }
  };
  for (const v of next.keys()) if (!index.has(v)) visit(v);
  return out;
}
