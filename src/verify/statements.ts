/**
 * A migration's SQL as statements with the line each starts on, and the shape of each (what it creates,
 * drops, alters): enough for lint and the static integrity checks, for the SQL db-scaffold writes and the
 * usual hand-written DDL of the three engines. Identifiers are unquoted ("x", `x`, [x]).
 */
import { splitSql } from '../runners/split.js';

export interface Stmt { sql: string; line: number; flat: string }

export function statementsOf(sql: string, firstLine = 1): Stmt[] {
  let pos = 0;
  return splitSql(sql).map((s) => {
    const at = sql.indexOf(s, pos);
    pos = at + s.length;
    const line = firstLine + (sql.slice(0, at).match(/\n/g) ?? []).length;
    return { sql: s, line, flat: flatten(s) };
  });
}

/** Comments out, whitespace collapsed, identifiers unquoted, keywords upper-cased outside string literals. */
export function flatten(sql: string): string {
  const noComments = sql.split('\n').map((l) => l.replace(/--(?=(?:[^']*'[^']*')*[^']*$).*$/, '')).join(' ');
  return noComments.split(/('(?:[^']|'')*')/).map((part, i) => (i % 2 ? part : part.replace(/["`[\]]/g, '').toUpperCase()))
    .join('').replace(/\s+/g, ' ').trim();
}

const ID = '([A-Z0-9_$.]+)';
const IFX = '(?:IF (?:NOT )?EXISTS )?';

export type Shape =
  | { kind: 'create-table'; table: string }
  | { kind: 'drop-table'; table: string }
  | { kind: 'create-index'; table: string; name: string; concurrent: boolean; unique: boolean }
  | { kind: 'drop-index'; name: string; concurrent: boolean }
  | { kind: 'add-column'; table: string; column: string; notNull: boolean; hasDefault: boolean }
  | { kind: 'drop-column'; table: string; column: string }
  | { kind: 'set-not-null'; table: string; column: string }
  | { kind: 'add-constraint'; table: string; name: string; what: 'foreign-key' | 'check' | 'unique' | 'primary-key'; notValid: boolean }
  | { kind: 'rename-column'; table: string; column: string; to: string }
  | { kind: 'rename-table'; table: string; to: string }
  | { kind: 'alter-type'; table: string; column: string }
  | { kind: 'other' };

const last = (name: string) => name.split('.').pop()!.toLowerCase();

/** Every shape in one statement (an ALTER TABLE may hold several actions, comma-separated). */
export function shapesOf(flat: string): Shape[] {
  let m: RegExpExecArray | null;
  // a temporary table is the session's own, never in the catalog (SQLite's `temp.` schema; MySQL's TEMPORARY)
  if (/^((CREATE|DROP) TEMP(ORARY)? TABLE |DROP TABLE (IF EXISTS )?"?temp"?\.)/i.test(flat)) return [{ kind: 'other' }];
  if ((m = new RegExp(`^CREATE TABLE ${IFX}${ID}`).exec(flat))) return [{ kind: 'create-table', table: last(m[1]) }];
  if ((m = new RegExp(`^DROP TABLE ${IFX}${ID}`).exec(flat))) return [{ kind: 'drop-table', table: last(m[1]) }];
  if ((m = new RegExp(`^CREATE (UNIQUE )?INDEX (CONCURRENTLY )?${IFX}${ID} ON (?:ONLY )?${ID}`).exec(flat))) {
    return [{ kind: 'create-index', unique: !!m[1], concurrent: !!m[2], name: last(m[3]), table: last(m[4]) }];
  }
  if ((m = new RegExp(`^DROP INDEX (CONCURRENTLY )?${IFX}${ID}`).exec(flat))) return [{ kind: 'drop-index', concurrent: !!m[1], name: last(m[2]) }];
  if ((m = new RegExp(`^ALTER TABLE ${IFX}(?:ONLY )?${ID} (.*)$`).exec(flat))) return alterShapes(last(m[1]), m[2]);
  return [{ kind: 'other' }];
}

/** The actions of an ALTER TABLE, split at top-level commas. */
function alterShapes(table: string, body: string): Shape[] {
  const parts: string[] = [];
  let depth = 0; let cur = ''; let quoted = false;
  for (const ch of body) {
    if (ch === "'") quoted = !quoted;
    if (!quoted && ch === '(') depth++;
    if (!quoted && ch === ')') depth--;
    if (!quoted && !depth && ch === ',') { parts.push(cur.trim()); cur = ''; } else cur += ch;
  }
  parts.push(cur.replace(/;\s*$/, '').trim());
  return parts.map((p): Shape => {
    let m: RegExpExecArray | null;
    if ((m = new RegExp(`^ADD (?:COLUMN )?${IFX}${ID} (.*)$`).exec(p)) && !/^(CONSTRAINT|PRIMARY|FOREIGN|UNIQUE|CHECK|INDEX|KEY)$/.test(m[1])) {
      return { kind: 'add-column', table, column: last(m[1]), notNull: /\bNOT NULL\b/.test(m[2]), hasDefault: /\bDEFAULT\b|\bGENERATED\b/.test(m[2]) };
    }
    if ((m = new RegExp(`^ADD (?:CONSTRAINT ${ID} )?(FOREIGN KEY|CHECK|UNIQUE|PRIMARY KEY)`).exec(p))) {
      const what = ({ 'FOREIGN KEY': 'foreign-key', CHECK: 'check', UNIQUE: 'unique', 'PRIMARY KEY': 'primary-key' } as const)[m[2] as 'CHECK'];
      return { kind: 'add-constraint', table, name: last(m[1] ?? ''), what, notValid: /\bNOT VALID\b/.test(p) };
    }
    if ((m = new RegExp(`^DROP (?:COLUMN )?${IFX}${ID}`).exec(p)) && !/^(CONSTRAINT|INDEX|KEY|PRIMARY|FOREIGN|CHECK)$/.test(m[1])) {
      return { kind: 'drop-column', table, column: last(m[1]) };
    }
    if ((m = new RegExp(`^(?:ALTER|MODIFY) (?:COLUMN )?${ID} (?:SET NOT NULL|.*\\bNOT NULL\\b)`).exec(p)) && !/DROP NOT NULL/.test(p)) {
      return { kind: 'set-not-null', table, column: last(m[1]) };
    }
    if ((m = new RegExp(`^RENAME (?:COLUMN )?${ID} TO ${ID}`).exec(p)) && m[1] !== 'TO') return { kind: 'rename-column', table, column: last(m[1]), to: last(m[2]) };
    if ((m = new RegExp(`^RENAME (?:TO|AS) ${ID}`).exec(p))) return { kind: 'rename-table', table, to: last(m[1]) };
    if ((m = new RegExp(`^(?:ALTER (?:COLUMN )?${ID} (?:SET DATA )?TYPE|MODIFY (?:COLUMN )?${ID})`).exec(p))) {
      return { kind: 'alter-type', table, column: last(m[1] ?? m[2]) };
    }
    return { kind: 'other' };
  });
}
