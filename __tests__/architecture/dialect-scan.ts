/**
 * Finds engine knowledge written by dialect id: comparisons with an id, `case '<id>':`, `Record<DialectId, …>`
 * and object literals keyed by two or more ids. Allowed only in src/dialects/ and the per-ORM folders
 * (src/orm/<orm>/), which own their per-dialect tables; everywhere else shared code asks a Dialect member.
 * The same scan finds runner knowledge written by layout id outside src/runners/ (`LAYOUTS`: ask the Layout).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export interface Hit { file: string; line: number; what: string }
/** What is spelled out by id: its noun, its ids (a regex group), the id type's name(s), where it may be. */
export interface Knowledge { noun: string; ids: string; types: string; allowed: (path: string) => boolean }

export const DIALECTS: Knowledge = {
  noun: 'dialect', ids: '(postgres|mysql|sqlite)', types: 'DialectId|DB',
  allowed: (p) => p.startsWith('src/dialects/') || /^src\/orm\/[^/]+\//.test(p),
};
/** sqlx and prisma are ORM ids too: only the ids that name a runner alone are looked for. */
export const LAYOUTS: Knowledge = {
  noun: 'layout', ids: '(kei-migrate|dbmate|goose|golang-migrate|atlas|alembic)', types: 'LayoutId|Existing',
  allowed: (p) => p.startsWith('src/runners/'),
};

const rules = (k: Knowledge): [string, RegExp][] => [
  [`comparison with a ${k.noun} id`, new RegExp(`[!=]==?\\s*['"]${k.ids}['"]|['"]${k.ids}['"]\\s*[!=]==?`, 'g')],
  [`case on a ${k.noun} id`, new RegExp(`\\bcase\\s+['"]${k.ids}['"]\\s*:`, 'g')],
  [`table keyed by ${k.types.split('|')[0]}`, new RegExp(`\\bRecord<\\s*(${k.types})\\s*,|\\[\\s*\\w+\\s+in\\s+(${k.types})\\s*\\]`, 'g')],
];

/** An object key named by an id (`postgres: …`, `'mysql': …`), not text such as 'sqlite:path'. */
const key = (k: Knowledge) => new RegExp(`(?:^|[{,])\\s*['"]?${k.ids}['"]?\\s*:\\s`, 'gm');

/** Comments go (they may name engines); the code and its strings stay, line numbers kept. */
const code = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' '))
  .replace(/(^|[^:'"`\\])\/\/[^\n]*/g, (m, pre: string) => pre + ' '.repeat(m.length - pre.length));

const lineAt = (text: string, index: number) => text.slice(0, index).split('\n').length;

/** The hits in one file's text. */
export function scanText(file: string, text: string, k: Knowledge = DIALECTS): Hit[] {
  const src = code(text);
  const hits: Hit[] = [];
  for (const [what, re] of rules(k)) {
    for (const m of src.matchAll(re)) hits.push({ file, line: lineAt(src, m.index!), what: `${what}: ${m[0].trim()}` });
  }
  const keys = [...src.matchAll(key(k))].map((m) => ({ id: m[1], at: m.index! + m[0].indexOf(m[1]) }));
  let reported = -1; // one hit per object: the first key of a run of keys close together
  for (const id of keys) {
    const other = keys.find((o) => o.id !== id.id && o.at > id.at && o.at - id.at < 600);
    if (other && id.at > reported) hits.push({ file, line: lineAt(src, id.at), what: `object keyed by ${k.noun} ids: ${id.id}, ${other.id}` });
    if (other) reported = other.at;
  }
  return hits;
}

/** Is this file where the ids may be spelled out? */
export function allowed(rel: string, k: Knowledge = DIALECTS): boolean {
  return k.allowed(rel.split(sep).join('/'));
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? walk(p) : /\.(ts|mts|js)$/.test(n) && !n.endsWith('.d.ts') ? [p] : [];
  });
}

/** Every hit in the product's code (src/, bin/, generators/, plopfile.ts) outside the allowed folders. */
export function scanTree(root: string, k: Knowledge = DIALECTS): Hit[] {
  const files = [...['src', 'bin', 'generators'].flatMap((d) => walk(join(root, d))), join(root, 'plopfile.ts')];
  return files.map((f) => relative(root, f)).filter((rel) => !allowed(rel, k))
    .flatMap((rel) => scanText(rel.split(sep).join('/'), readFileSync(join(root, rel), 'utf8'), k));
}
