/**
 * Downs that rows make impossible are said so and marked irreversible (the down aborts before it changes
 * anything), never left to fail half-way: a dropped table that a kept column still points at (it comes
 * back empty, so its FK cannot be re-added while the column holds values), and a dropped NOT NULL foreign
 * key column (no value can stand in for the references the rows lost).
 */
import type { Schema } from '../state/physical-schema.js';
import type { Statement } from '../model/statements.js';

export interface Impossible { tables: string[]; up: string[]; down: string[] }

export function impossibleDowns(prev: Schema, next: Schema, up: Statement[]): Impossible {
  const out: Impossible = { tables: [], up: [], down: [] };
  const mark = (table: string, why: string) => {
    if (!out.tables.includes(table)) out.tables.push(table);
    out.up.push(`IRREVERSIBLE DOWN: ${why}; the down aborts before changing anything (restore from a backup instead).`);
    out.down.push(`Aborts: ${why}.`);
  };
  const gone = up.flatMap((s) => (s.kind === 'dropTable' ? [s.table.name] : []));
  for (const t of gone) {
    for (const k of next.tables) {
      const before = prev.tables.find((p) => p.name === k.name);
      for (const fk of before?.foreignKeys.filter((f) => f.refTable === t) ?? []) {
        const still = k.columns.some((c) => c.name === fk.column);
        if (still) mark(t, `${t} comes back empty while ${k.name}.${fk.column} still points at its rows`);
      }
    }
  }
  for (const s of up) {
    if (s.kind !== 'dropColumn') continue;
    const before = prev.tables.find((p) => p.name === s.table.name);
    const col = before?.columns.find((c) => c.name === s.column.name);
    const fk = before?.foreignKeys.find((f) => f.column === s.column.name);
    if (col && fk && !col.nullable && !col.default) {
      mark(s.table.name, `${s.table.name}.${col.name} comes back NOT NULL as a foreign key to ${fk.refTable}, `
        + "and no value can stand in for the rows' lost references");
    }
  }
  return out;
}
