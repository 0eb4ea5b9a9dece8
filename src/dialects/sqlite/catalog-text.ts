/**
 * What SQLite keeps only in the CREATE text of sqlite_schema (no pragma lists it): CHECKs, generated
 * column expressions, AUTOINCREMENT, an index's expressions and WHERE. A tokenizer, not a parser.
 */
import type { CatCheck } from '../../catalog/types.js';

export interface Tok { kind: 'word' | 'ident' | 'string' | 'punct' | 'comment'; text: string; start: number; end: number }

/** The tokens of `sql`; its `-- ` comments (their text after `--`, to the line's end) go to `notes`. */
export function tokenize(sql: string, notes: Tok[] = []): Tok[] {
  const out: Tok[] = [];
  let i = 0;
  while (i < sql.length) {
    const ch = sql[i];
    if (/\s/.test(ch)) { i++; continue; }
    if (sql.startsWith('--', i)) {
      const e = sql.indexOf('\n', i) < 0 ? sql.length : sql.indexOf('\n', i);
      notes.push({ kind: 'comment', text: sql.slice(i + 2, e), start: i, end: (i = e) });
      continue;
    }
    if (sql.startsWith('/*', i)) { const e = sql.indexOf('*/', i + 2); i = e < 0 ? sql.length : e + 2; continue; }
    const start = i;
    if (ch === "'" || ch === '"' || ch === '`' || ch === '[') {
      const close = ch === '[' ? ']' : ch;
      for (i++; i < sql.length; i++) {
        if (sql[i] !== close) continue;
        if (close !== ']' && sql[i + 1] === close) { i++; continue; }
        i++;
        break;
      }
      const body = sql.slice(start + 1, i - 1).split(close + close).join(close);
      out.push({ kind: ch === "'" ? 'string' : 'ident', text: body, start, end: i });
    } else if (/[A-Za-z0-9_$]/.test(ch)) {
      while (i < sql.length && /[A-Za-z0-9_$]/.test(sql[i])) i++;
      out.push({ kind: 'word', text: sql.slice(start, i), start, end: i });
    } else out.push({ kind: 'punct', text: ch, start, end: ++i });
  }
  return out;
}

export const isWord = (t: Tok | undefined, w: string) => t?.kind === 'word' && t.text.toUpperCase() === w;
export const isP = (t: Tok | undefined, p: string) => t?.kind === 'punct' && t.text === p;

/** Index of the `)` closing the `(` at toks[k]. */
function closing(toks: Tok[], k: number): number {
  let depth = 0;
  for (let j = k; j < toks.length; j++) {
    if (isP(toks[j], '(')) depth++;
    else if (isP(toks[j], ')') && --depth === 0) return j;
  }
  return toks.length - 1;
}

/** The top-level comma-separated parts of the parenthesised list opening at toks[k], as [first, last] tokens. */
export function parts(toks: Tok[], k: number): [number, number][] {
  const end = closing(toks, k);
  const out: [number, number][] = [];
  let from = k + 1;
  for (let j = k + 1, depth = 0; j <= end; j++) {
    if (isP(toks[j], '(')) depth++;
    else if (isP(toks[j], ')')) depth--;
    if ((depth === 0 && isP(toks[j], ',')) || j === end) {
      if (j > from) out.push([from, j - 1]);
      from = j + 1;
    }
  }
  return out;
}

const text = (sql: string, toks: Tok[], a: number, b: number) => sql.slice(toks[a].start, toks[b].end).trim();

export function checksOf(table: string, sql: string): CatCheck[] {
  const toks = tokenize(sql);
  const out: CatCheck[] = [];
  let unnamed = 0;
  for (let k = 0; k < toks.length; k++) {
    if (!isWord(toks[k], 'CHECK') || !isP(toks[k + 1], '(')) continue;
    const j = closing(toks, k + 1);
    const expr = j > k + 2 ? text(sql, toks, k + 2, j - 1) : '';
    const named = isWord(toks[k - 2], 'CONSTRAINT');
    unnamed += named ? 0 : 1;
    out.push({ name: named ? toks[k - 1].text : `${table}_check_${unnamed}`, expr });
    k = j;
  }
  return out;
}

export const CONSTRAINTS = new Set(['CONSTRAINT', 'PRIMARY', 'UNIQUE', 'CHECK', 'FOREIGN']);
/** `collations`: a column's COLLATE but BINARY (the default), lower case (nocase, rtrim). */
export interface TableText { generated: Map<string, { expr: string; stored: boolean }>; autoincrement: boolean; collations: Map<string, string> }

export function tableText(sql: string): TableText {
  const toks = tokenize(sql);
  const generated = new Map<string, { expr: string; stored: boolean }>();
  const collations = new Map<string, string>();
  const open = toks.findIndex((t) => isP(t, '('));
  for (const [a, b] of open < 0 ? [] : parts(toks, open)) {
    for (let k = a + 1, depth = 0; k < b; k++) {
      depth += isP(toks[k], '(') ? 1 : isP(toks[k], ')') ? -1 : 0;
      const coll = depth === 0 && isWord(toks[k], 'COLLATE') ? toks[k + 1]?.text.toLowerCase() : undefined;
      if (coll && coll !== 'binary' && !(toks[a].kind === 'word' && CONSTRAINTS.has(toks[a].text.toUpperCase()))) collations.set(toks[a].text, coll);
      if (!isWord(toks[k], 'AS') || !isP(toks[k + 1], '(')) continue;
      const j = closing(toks, k + 1);
      generated.set(toks[a].text, { expr: text(sql, toks, k + 2, j - 1), stored: isWord(toks[j + 1], 'STORED') });
      break;
    }
  }
  return { generated, autoincrement: toks.some((t) => isWord(t, 'AUTOINCREMENT')), collations };
}

/** `CREATE [UNIQUE] INDEX n ON t (a, lower(b) DESC) WHERE …` → its parts as written and the WHERE. */
export function indexText(sql: string): { columns: string[]; where?: string } {
  const toks = tokenize(sql);
  const on = toks.findIndex((t) => isWord(t, 'ON'));
  const open = toks.findIndex((t, i) => i > on && isP(t, '('));
  if (on < 0 || open < 0) return { columns: [] };
  const columns = parts(toks, open)
    .map(([a, b]) => text(sql, toks, a, b).replace(/\s+ASC$/i, '').replace(/\s+DESC$/i, ' desc'));
  const w = toks.findIndex((t, i) => i > closing(toks, open) && isWord(t, 'WHERE'));
  return { columns, ...(w >= 0 ? { where: sql.slice(toks[w].end).trim().replace(/;$/, '') } : {}) };
}
