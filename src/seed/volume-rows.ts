/**
 * The volume tier's rows per table: `--rows members=1000,loans=50000` (table or entity names). The named
 * tables get their count; every other table is scaled from the rich tier by the named tables' mean factor.
 */
import type { Schema } from '../state/physical-schema.js';
import { fail } from '../cli/errors.js';

export type TableRows = Record<string, number>;
export const MAX_ROWS = 50_000_000;

/** `members=1000,loans=50000` → { members: 1000, loans: 50000 } (one line for a malformed piece). */
export function parseTableRows(text: string, max = MAX_ROWS): TableRows {
  const out: TableRows = {};
  for (const piece of text.split(',').map((p) => p.trim()).filter(Boolean)) {
    const m = /^([A-Za-z_][\w]*)=(\d+)$/.exec(piece);
    if (!m || Number(m[2]) < 1 || Number(m[2]) > max) {
      fail(`seed: --rows ${text}: '${piece}' is not allowed (a total, or table=rows pieces joined by commas, rows a whole number from 1 to ${max})`);
    }
    if (m[1] in out) fail(`seed: --rows ${text}: the table '${m[1]}' is given twice; keep one`);
    out[m[1]] = Number(m[2]);
  }
  return out;
}

/** The named counts by table name (an entity's name also names its table); an unknown name is one line. */
export function namedCounts(schema: Schema, rows: TableRows): Map<string, number> {
  const out = new Map<string, number>();
  for (const [name, n] of Object.entries(rows)) {
    const t = schema.tables.find((x) => x.name === name || x.entity === name);
    if (!t) fail(`seed: --rows ${name}=${n}: no table '${name}' in the design (tables: ${schema.tables.map((x) => x.name).join(', ')})`);
    out.set(t.name, n);
  }
  return out;
}

/** Rows per table: the named ones as given, the rest scaled from the rich tier's counts by their mean factor. */
export function scaledFrom(schema: Schema, rich: Map<string, number>, named: Map<string, number>): Map<string, number> {
  const factors = [...named].map(([t, n]) => n / (rich.get(t) || 1));
  const factor = factors.reduce((a, b) => a + b, 0) / factors.length;
  return new Map(schema.tables.map((t) => [t.name, named.get(t.name) ?? Math.max(1, Math.round(factor * (rich.get(t.name) ?? 0)))]));
}
