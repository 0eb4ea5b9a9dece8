/**
 * SQLite keeps CHECK constraints only in the CREATE TABLE text (no pragma lists them), so they
 * are read from sqlite_master.sql with a small tokenizer: `[CONSTRAINT name] CHECK ( expr )`.
 * Unnamed checks get `<table>_check_<n>` (n counts unnamed checks in text order).
 */
import type { Check } from './types.js';

interface Token { kind: 'word' | 'ident' | 'string' | 'punct'; text: string; start: number; end: number }

function tokenize(sql: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < sql.length) {
    const ch = sql[i];
    if (/\s/.test(ch)) { i++; continue; }
    if (sql.startsWith('--', i)) { const e = sql.indexOf('\n', i); i = e < 0 ? sql.length : e + 1; continue; }
    if (sql.startsWith('/*', i)) { const e = sql.indexOf('*/', i + 2); i = e < 0 ? sql.length : e + 2; continue; }
    const start = i;
    if (ch === "'" || ch === '"' || ch === '`' || ch === '[') {
      const close = ch === '[' ? ']' : ch;
      i++;
      while (i < sql.length) {
        if (sql[i] === close) {
          if (close !== ']' && sql[i + 1] === close) { i += 2; continue; } // doubled quote
          i++;
          break;
        }
        i++;
      }
      const body = sql.slice(start + 1, i - 1).split(close + close).join(close);
      out.push({ kind: ch === "'" ? 'string' : 'ident', text: body, start, end: i });
    } else if (/[A-Za-z0-9_$]/.test(ch)) {
      while (i < sql.length && /[A-Za-z0-9_$]/.test(sql[i])) i++;
      out.push({ kind: 'word', text: sql.slice(start, i), start, end: i });
    } else {
      i++;
      out.push({ kind: 'punct', text: ch, start, end: i });
    }
  }
  return out;
}

const isWord = (t: Token | undefined, w: string) => t?.kind === 'word' && t.text.toUpperCase() === w;

export function parseSqliteChecks(table: string, sql: string): Check[] {
  const toks = tokenize(sql);
  const out: Check[] = [];
  let unnamed = 0;
  for (let k = 0; k < toks.length; k++) {
    if (!isWord(toks[k], 'CHECK') || toks[k + 1]?.text !== '(' || toks[k + 1].kind !== 'punct') continue;
    let depth = 0;
    let j = k + 1;
    for (; j < toks.length; j++) {
      if (toks[j].kind !== 'punct') continue;
      if (toks[j].text === '(') depth++;
      else if (toks[j].text === ')' && --depth === 0) break;
    }
    if (j >= toks.length) break;
    const expr = sql.slice(toks[k + 1].end, toks[j].start).trim();
    const named = isWord(toks[k - 2], 'CONSTRAINT') && (toks[k - 1]?.kind === 'word' || toks[k - 1]?.kind === 'ident');
    unnamed += named ? 0 : 1;
    out.push({ name: named ? toks[k - 1].text : `${table}_check_${unnamed}`, expr });
    k = j;
  }
  return out;
}
