/**
 * Finds engine knowledge written by dialect id: comparisons with an id, `case '<id>':`, `Record<DialectId, …>`
 * and object literals keyed by two or more ids. Allowed only in src/dialects/ and the per-ORM folders
 * (src/orm/<orm>/), which own their per-dialect tables; everywhere else shared code asks a Dialect member.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const ID = '(postgres|mysql|sqlite)';
export interface Hit { file: string; line: number; what: string }

const RULES: [string, RegExp][] = [
  ['comparison with a dialect id', new RegExp(`[!=]==?\\s*['"]${ID}['"]|['"]${ID}['"]\\s*[!=]==?`, 'g')],
  ['case on a dialect id', new RegExp(`\\bcase\\s+['"]${ID}['"]\\s*:`, 'g')],
  ['table keyed by DialectId', /\bRecord<\s*(DialectId|DB)\s*,|\[\s*\w+\s+in\s+DialectId\s*\]/g],
];

/** An object key named by a dialect id (`postgres: …`, `'mysql': …`), not text such as 'sqlite:path'. */
const KEY = new RegExp(`(?:^|[{,])\\s*['"]?${ID}['"]?\\s*:\\s`, 'gm');

/** Comments go (they may name engines); the code and its strings stay, line numbers kept. */
const code = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' '))
  .replace(/(^|[^:'"`\\])\/\/[^\n]*/g, (m, pre: string) => pre + ' '.repeat(m.length - pre.length));

const lineAt = (text: string, index: number) => text.slice(0, index).split('\n').length;

/** The hits in one file's text. */
export function scanText(file: string, text: string): Hit[] {
  const src = code(text);
  const hits: Hit[] = [];
  for (const [what, re] of RULES) {
    for (const m of src.matchAll(re)) hits.push({ file, line: lineAt(src, m.index!), what: `${what}: ${m[0].trim()}` });
  }
  const keys = [...src.matchAll(KEY)].map((m) => ({ id: m[1], at: m.index! + m[0].indexOf(m[1]) }));
  let reported = -1; // one hit per object: the first key of a run of keys close together
  for (const k of keys) {
    const other = keys.find((o) => o.id !== k.id && o.at > k.at && o.at - k.at < 600);
    if (other && k.at > reported) hits.push({ file, line: lineAt(src, k.at), what: `object keyed by dialect ids: ${k.id}, ${other.id}` });
    if (other) reported = other.at;
  }
  return hits;
}

/** Is this file where dialect ids may be spelled out? */
export function allowed(rel: string): boolean {
  const p = rel.split(sep).join('/');
  return p.startsWith('src/dialects/') || /^src\/orm\/[^/]+\//.test(p);
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? walk(p) : /\.(ts|mts|js)$/.test(n) && !n.endsWith('.d.ts') ? [p] : [];
  });
}

/** Every hit in the product's code (src/, bin/, generators/, plopfile.ts) outside the allowed folders. */
export function scanTree(root: string): Hit[] {
  const files = [...['src', 'bin', 'generators'].flatMap((d) => walk(join(root, d))), join(root, 'plopfile.ts')];
  return files.map((f) => relative(root, f)).filter((rel) => !allowed(rel))
    .flatMap((rel) => scanText(rel.split(sep).join('/'), readFileSync(join(root, rel), 'utf8')));
}
