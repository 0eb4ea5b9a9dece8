/**
 * `collate(name)`: a text column's collation (string(n), char(n), text, enum). The name is checked at design
 * time by the engine's caps (`caps.collate`: PostgreSQL's and MySQL's names, SQLite's NOCASE, BINARY, RTRIM).
 */
import type { Field } from '../state/model-schema.js';
import type { Column, Table } from '../state/physical-schema.js';
import type { Caps } from './caps.js';
import { fail } from '../base/errors.js';

const TEXT_KINDS = ['string', 'char', 'text', 'enum'];

/** Does a column of this type take a collation (string(n), char(n), text, enum; not inet/cidr or text[])? */
export const takesCollation = (type: Column['type']): boolean =>
  TEXT_KINDS.includes(type.kind) && !(type.kind === 'string' && type.net) && !(type.kind === 'text' && type.array);

/** Apply `collate(…)` to `f`; false when `raw` is not one. */
export function applyCollate(f: Field, raw: string, where: string): boolean {
  const m = /^collate\s*\((.*)\)$/is.exec(raw.trim());
  if (!m) return false;
  if (f.collate) fail(`${where}: two collate(…) modifiers; give one`);
  const name = m[1].trim();
  if (!name) fail(`${where}: collate() is empty; name a collation, e.g. collate(utf8mb4_bin), collate(C) or collate(nocase)`);
  f.collate = name;
  return true;
}

/** The collation `f`'s column takes on this engine (undefined: none said); refused in one line where it cannot be. */
export function collationOf(f: Field, type: Column['type'], caps: Caps, where: string): string | undefined {
  if (f.collate === undefined) return undefined;
  const said = `collate(${f.collate})`;
  if (!takesCollation(type) || f.ref) {
    fail(`${where}: ${said} goes with string(n), char(n), text or enum (e.g. ${f.name}:string(50):collate(…)), not ${f.ref ? 'a ref(…)' : type.kind}`);
  }
  if ('ci' in type && type.ci) fail(`${where}: ci and ${said} both say how text compares; give one (ci, or ${said} alone)`);
  const engine = caps.engine ?? 'this engine';
  if (!caps.collate) return fail(`${where}: ${said}: ${engine} has no column collations; leave it out`);
  const name = caps.collate.name(f.collate);
  if (name === undefined) fail(`${where}: ${said} is not a collation ${engine} can have (${caps.collate.allowed})`);
  return name;
}

/** An FK column compares as the key it points at: it takes that key's collation (InnoDB refuses an FK across two). */
export function fkCollations(tables: Table[]): Table[] {
  const byName = new Map(tables.map((t) => [t.name, t]));
  const keyColl = (table: string, column: string) => byName.get(table)?.columns.find((c) => c.name === column)?.collation;
  return tables.map((t) => {
    const of = new Map(t.foreignKeys.map((f) => [f.column, keyColl(f.refTable, f.refColumn)]));
    if (![...of.values()].some(Boolean)) return t;
    return { ...t, columns: t.columns.map((c) => (of.get(c.name) ? { ...c, collation: of.get(c.name) } : c)) };
  });
}

/** The notes of the collations `tables` use that not every server of the engine has (once a name; `known`: left out). */
export function collationNotes(tables: Table[], caps: Caps, known: Table[] = []): string[] {
  const had = new Set(known.flatMap((t) => t.columns.map((c) => c.collation)));
  const names = new Set(tables.flatMap((t) => t.columns.map((c) => c.collation)).filter((n): n is string => !!n && !had.has(n)));
  return [...names].flatMap((n) => caps.collate?.note?.(n) ?? []);
}
