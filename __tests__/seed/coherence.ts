/** Violation-counting queries for the seed's coherence rules: each must return 0 on a seeded database. */
import type { Dialect } from '../../src/dialects/dialect.js';
import type { Schema } from '../../src/state/physical-schema.js';
import { orderedPairs } from '../../src/seed/time.js';
import { pathsOf } from '../../src/seed/paths.js';

export interface Probe { rule: 'time' | 'parent' | 'path'; label: string; sql: string }

export function probes(d: Dialect, schema: Schema): Probe[] {
  const q = d.quote;
  const out: Probe[] = [];
  const has = (t: string, c: string) => !!schema.tables.find((x) => x.name === t)?.columns.some((x) => x.name === c);
  for (const t of schema.tables) {
    for (const [a, b, strict] of orderedPairs(t)) {
      out.push({ rule: 'time', label: `${t.name}: ${a} ${strict ? '<' : '≤'} ${b}`,
        sql: `SELECT COUNT(*) AS n FROM ${q(t.name)} WHERE ${q(a)} ${strict ? '>=' : '>'} ${q(b)}` });
    }
    for (const fk of t.foreignKeys.filter((f) => has(t.name, 'created_at') && has(f.refTable, 'created_at'))) {
      out.push({ rule: 'parent', label: `${t.name}.${fk.column}: created after its ${fk.refTable} row`,
        sql: `SELECT COUNT(*) AS n FROM ${q(t.name)} c JOIN ${q(fk.refTable)} p ON c.${q(fk.column)} = p.${q(fk.refColumn)} WHERE c.${q('created_at')} < p.${q('created_at')}` });
    }
    for (const p of pathsOf(schema, t)) {
      if (p.kind === 'triangle') {
        out.push({ rule: 'path', label: `${t.name}.${p.fk.column} = ${p.via.refTable}.${p.far.column} (via ${p.via.column})`,
          sql: `SELECT COUNT(*) AS n FROM ${q(t.name)} t JOIN ${q(p.via.refTable)} v ON t.${q(p.via.column)} = v.${q(p.via.refColumn)} WHERE t.${q(p.fk.column)} <> v.${q(p.far.column)}` });
      } else {
        out.push({ rule: 'path', label: `${t.name}: ${p.fk.refTable}.${p.mine.column} = ${p.other.refTable}.${p.theirs.column}`,
          sql: `SELECT COUNT(*) AS n FROM ${q(t.name)} t JOIN ${q(p.fk.refTable)} a ON t.${q(p.fk.column)} = a.${q(p.fk.refColumn)} `
            + `JOIN ${q(p.other.refTable)} b ON t.${q(p.other.column)} = b.${q(p.other.refColumn)} WHERE a.${q(p.mine.column)} <> b.${q(p.theirs.column)}` });
      }
    }
  }
  return out;
}
