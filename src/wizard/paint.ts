/** The review's text: the DDL coloured as SQL (when the terminal wants colour) and the diff against the
 *  previous revision above it. highlight.js and diff are loaded only here, on first use. */
import { cyan, green, red, useColour } from './tty/style.js';
import { importEsm } from '../base/esm-import.js';

export interface Painted { lines: string[]; paint: (line: string, i: number) => string; changed: number }

/** Unified hunks of `before` → `after` (headers left out), 2 lines of context. */
export async function hunks(before: string, after: string): Promise<string[]> {
  const { structuredPatch } = await importEsm<typeof import('diff')>('diff');
  const p = structuredPatch('db/schema.sql', 'db/schema.sql', before, after, '', '', { context: 2 });
  return p.hunks.flatMap((h) => [`@@ -${h.oldStart},${h.oldLines} +${h.newStart},${h.newLines} @@`, ...h.lines]);
}

export async function reviewText(sql: string, previous?: string): Promise<Painted> {
  const diff = previous === undefined ? [] : await hunks(previous, sql);
  const head = previous === undefined ? [] : diff.length
    ? ['Changes since the previous revision:', ...diff, '', 'The whole DDL:']
    : ['No change since the previous revision.', ''];
  const body = sql.replace(/\n+$/, '').split('\n');
  let sqlPaint = (l: string) => l;
  if (useColour()) {
    const { highlight } = await importEsm<typeof import('cli-highlight')>('cli-highlight');
    sqlPaint = (l) => highlight(l, { language: 'sql', ignoreIllegals: true });
  }
  const n = head.length;
  const paint = (l: string, i: number) => {
    if (i >= n) return sqlPaint(l);
    if (l.startsWith('+')) return green(l);
    if (l.startsWith('-')) return red(l);
    return l.startsWith('@@') ? cyan(l) : l;
  };
  return { lines: [...head, ...body], paint, changed: diff.filter((l) => /^[+-]/.test(l)).length };
}

/** The review with what inference did after the DDL (SQL comment lines), and the note under the view that says so. */
export function withInferred(t: Painted, inferred: string[]): Painted & { note?: string } {
  if (!inferred.length) return t;
  const head = '-- What the names gave (inferred; type a field or add a modifier to change it):';
  const block = ['', head, ...inferred.map((l) => `--   ${l}`)];
  const n = `${inferred.length} inference${inferred.length === 1 ? '' : 's'}`;
  const note = `${n} listed at the end of the view (scroll down): what the names gave`;
  return { ...t, lines: [...t.lines, ...block], note };
}
