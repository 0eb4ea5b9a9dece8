/**
 * The comments db-scaffold writes into a SQLite CREATE TABLE text (index.ts tableParts), read back from it: a `-- `
 * after the `(` of the CREATE line is the table's; `-- ` lines on their own directly before a column's definition are
 * that column's. Earlier versions wrote the table's line, then the first column's, both before the first column: two
 * lines there are read so; one line alone may be either, and is left unread (`ambiguous`). A comment after a
 * definition on its line (`name TEXT, -- x`) is not the next column's: it is left unread, as is one before a constraint.
 */
import { CONSTRAINTS, isP, parts, tokenize, type Tok } from './catalog-text.js';

/** `unread`: how many comments of the text are neither the table's nor a column's. */
export interface TableComments { table?: string; columns: Map<string, string>; ambiguous: boolean; unread: number }

const body = (n: Tok) => n.text.replace(/^ /, '').trimEnd();
/** Nothing but blanks between the start of its line and `at`. */
const ownLine = (sql: string, at: number) => /^[ \t]*$/.test(sql.slice(sql.lastIndexOf('\n', at - 1) + 1, at));
const isConstraint = (t: Tok) => t.kind === 'word' && CONSTRAINTS.has(t.text.toUpperCase());

export function commentsOf(sql: string): TableComments {
  const notes: Tok[] = [];
  const toks = tokenize(sql, notes);
  const out: TableComments = { columns: new Map(), ambiguous: false, unread: notes.length };
  const open = toks.findIndex((t) => isP(t, '('));
  if (!notes.length || open < 0) return out;
  const used = new Set<Tok>();
  const after = toks[open].end;
  const head = notes.find((n) => n.start > after && !sql.slice(after, n.start).includes('\n')
    && !(toks[open + 1] && toks[open + 1].start < n.start));
  if (head && body(head)) out.table = body(head);
  if (head) used.add(head);
  parts(toks, open).forEach(([a], k) => {
    const from = k === 0 ? after : toks[a - 1].end; // the `(` or the comma before it
    let lines = notes.filter((n) => n !== head && n.start >= from && n.end <= toks[a].start && ownLine(sql, n.start));
    if (!lines.length || isConstraint(toks[a])) return;
    if (k === 0 && !head) { // the format of earlier versions
      if (lines.length === 1) { out.ambiguous = true; return; }
      if (body(lines[0])) out.table = body(lines[0]);
      used.add(lines[0]);
      lines = lines.slice(1);
    }
    for (const n of lines) used.add(n);
    const text = lines.map(body).filter(Boolean).join(' ');
    if (text) out.columns.set(toks[a].text, text);
  });
  out.unread = notes.filter((n) => !used.has(n)).length;
  return out;
}
