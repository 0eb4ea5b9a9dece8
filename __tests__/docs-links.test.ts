/** Every relative link and image in README.md, BENCHMARKS.md and docs/*.md points at a file that exists, and a
 *  `#anchor` at a heading of that file (GitHub's heading ids: lower case, punctuation dropped, spaces → `-`, a
 *  repeated heading `-1`, `-2`). Links inside code (fenced blocks, `inline`) are not links and are skipped. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DOCS = readdirSync(join(ROOT, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`);
const PAGES = ['README.md', 'BENCHMARKS.md', ...DOCS];

/** The text outside fenced code blocks, each line with its inline code spans taken out. */
function prose(text: string): string[] {
  let fenced = false;
  return text.split('\n').map((line) => {
    if (/^\s*```/.test(line)) { fenced = !fenced; return ''; }
    return fenced ? '' : line.replace(/(`+)(.+?)\1/g, '');
  });
}

/** GitHub's id for a heading's text. */
function slug(heading: string): string {
  const text = heading.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/`/g, '');
  return text.trim().toLowerCase().replace(/[^\p{L}\p{M}\p{N}\p{Pc}\- ]/gu, '').replace(/ /g, '-');
}

/** The ids of every heading of a Markdown text (outside code). */
function anchors(text: string): Set<string> {
  let fenced = false;
  const seen = new Map<string, number>();
  const ids = new Set<string>();
  for (const line of text.split('\n')) {
    if (/^\s*```/.test(line)) fenced = !fenced;
    const m = fenced ? null : /^#{1,6}\s+(.*?)\s*#*$/.exec(line);
    if (!m) continue;
    const base = slug(m[1]);
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    ids.add(n === 0 ? base : `${base}-${n}`);
  }
  return ids;
}

interface Link { line: number; target: string }

/** The relative links and images of a Markdown text (web addresses and mail left out). */
function links(text: string): Link[] {
  return prose(text).flatMap((l, i) => [...l.matchAll(/!?\[[^\]]*\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)]
    .map((m) => ({ line: i + 1, target: m[1] }))
    .filter((x) => !/^[a-z][a-z+.-]*:/i.test(x.target)));
}

/** One line per link of `file` (relative to `root`) whose file or heading is not there. */
function broken(root: string, file: string, text: string): string[] {
  const read = (p: string) => readFileSync(p, 'utf8');
  return links(text).flatMap(({ line, target }) => {
    const [path, anchor] = target.split('#', 2);
    const abs = resolve(root, dirname(file), decodeURI(path));
    const where = `${file}:${line} → ${target}`;
    if (path !== '' && !existsSync(abs)) return [`${where}: no file ${relative(root, abs)}`];
    if (anchor === undefined || (path !== '' && !abs.endsWith('.md'))) return [];
    const ids = anchors(path === '' ? text : read(abs));
    return ids.has(anchor) ? [] : [`${where}: no heading #${anchor} in ${path === '' ? file : relative(root, abs)}`];
  });
}

test.each(PAGES)('%s: every relative link resolves', (page) => {
  expect(broken(ROOT, page, readFileSync(join(ROOT, page), 'utf8'))).toEqual([]);
});

test('the README links each reference page, and every docs page links back', () => {
  const readme = links(readFileSync(join(ROOT, 'README.md'), 'utf8')).map((l) => l.target.split('#')[0]);
  for (const page of PAGES.filter((p) => p !== 'README.md')) expect([page, readme.includes(page)]).toEqual([page, true]);
  for (const page of PAGES.filter((p) => p.startsWith('docs/') && p !== 'docs/lint.md')) {
    const back = links(readFileSync(join(ROOT, page), 'utf8')).some((l) => l.target.startsWith('../README.md'));
    expect([page, back]).toEqual([page, true]);
  }
});

test('the check finds a missing file, a missing heading and a link written in prose only', () => {
  const text = [
    '# A page', '## The spec format (`--spec FILE`)', '## Notes', '## Notes',
    '[ok](#the-spec-format---spec-file) [ok](#notes-1) [ok](docs/lint.md#db-verify-lint-rules)',
    '[gone](docs/nothing.md) [gone](#notes-2) ![gone](docs/none.png) [web](https://example.test/x.md)',
    '`[code](docs/nothing.md)`', '```', '[code](docs/nothing.md)', '```',
  ].join('\n');
  const seen = broken(ROOT, 'PAGE.md', text);
  expect(seen.map((s) => s.replace(/^PAGE\.md:\d+ → /, ''))).toEqual([
    'docs/nothing.md: no file docs/nothing.md', '#notes-2: no heading #notes-2 in PAGE.md',
    'docs/none.png: no file docs/none.png',
  ]);
});
