/**
 * The volume tier's db/seed.sql (pure): one INSERT … SELECT per batch of rows, generated inside the
 * engine from a row series (the dialect's), with the same rules as the other tiers — keys 1…N, FKs
 * to existing parents (skewed, one-to-one, trees, same-named paths agreeing), times in order, children
 * after parents, values by meaning from a pool that met every CHECK. Loading it again adds nothing.
 */
import type { Dialect } from '../dialects/dialect.js';
import type { Schema, Table } from '../state/physical-schema.js';
import { withEncoding } from '../dialects/shared/ddl.js';
import { junctionKeys } from './fk.js';
import { diamondPick, keyOf, pairRows, type Ctx } from './volume-keys.js';
import { rowExprs } from './volume-cols.js';
import { planVolume } from './volume-plan.js';
import { SEED } from './rng.js';
import type { TableRows } from './volume-rows.js';

/** Rows per INSERT … SELECT: each statement commits on its own, so a load can be watched and resumed. */
export const BATCH = 100_000;

function tableSql(x: Ctx, t: Table, count: number): string[] {
  const s = x.d.seed;
  const n = 's.n';
  const fixed = new Map<string, string>();
  if (t.kind === 'junction') {
    const [fa, fb] = junctionKeys(t);
    const [ra, rb] = pairRows(x, fa.refTable, fb.refTable, n);
    const parent = (name: string) => x.schema.tables.find((z) => z.name === name)!;
    fixed.set(fa.column, keyOf(x, parent(fa.refTable), ra)).set(fb.column, keyOf(x, parent(fb.refTable), rb));
  }
  const pick = diamondPick(x, t, n);
  if (pick) fixed.set(pick.column, pick.sql);
  const cols = t.columns.map((c) => x.d.quote(c.name)).join(', ');
  const exprs = rowExprs(x, t, n, fixed).join(',\n  ');
  // a tree's parent is an earlier row of the same statement: insert in row order (MySQL checks each row as it goes)
  const ordered = t.foreignKeys.some((f) => f.refTable === t.name) ? ' ORDER BY s.n' : '';
  const out: string[] = [];
  for (let lo = 1; lo <= count; lo += BATCH) {
    const hi = Math.min(count, lo + BATCH - 1);
    const from = `${x.d.volume.series(lo, hi)}${x.d.volume.beforeConflict}`;
    out.push(`-- ${t.name}: rows ${lo}–${hi} of ${count}`,
      `INSERT INTO ${x.d.quote(t.name)} (${cols})${s.overriding(t)}\nSELECT\n  ${exprs}\nFROM ${from}${ordered}\n${s.onConflict(x.d, t)};`);
  }
  return out;
}

export function volumeSql(d: Dialect, schema: Schema, rows: number | TableRows): { body: string; counts: Map<string, number>; total: number } {
  const plan = planVolume(schema, rows);
  const x: Ctx = { d, schema, plan };
  const s = d.seed;
  const tables = schema.tables.filter((t) => (plan.counts.get(t.name) ?? 0) > 0);
  const resets = tables.flatMap((t) => {
    const id = t.columns.find((c) => c.identity);
    return id ? s.resetIdentity(d, t, id.name, plan.counts.get(t.name)! + 1) : [];
  });
  const body = withEncoding(d, [
    `-- db/seed.sql: volume seed (db-scaffold) — ${plan.total} rows generated inside the engine, for load tests`,
    `-- ${d.label} · ${tables.length} tables · seed ${SEED} · deterministic (same design and --rows, same file) · loading it twice adds nothing`,
    `-- Rows: ${tables.map((t) => `${t.name} ${plan.counts.get(t.name)}`).join(', ')}`,
    `-- Batches of ${BATCH} rows, each INSERT … SELECT on its own; load after the migrations: ${s.load}`,
    '',
    ...tables.flatMap((t) => tableSql(x, t, plan.counts.get(t.name)!)),
    '',
    resets.length ? ['-- The app\'s next insert without an id continues after the seeded ids.', ...s.resetBlock(resets)].join('\n') : '',
    '',
  ].join('\n'));
  return { body, counts: plan.counts, total: plan.total };
}
