/** Planned groups → the text of db/seed.sql (pure): header, one transaction, one INSERT per table and group. */
import type { Dialect } from '../dialects/dialect.js';
import type { PlannedGroup, PlannedTable, Val } from './types.js';
import type { SeedSql } from '../dialects/members.js';
import { FIXTURE_STRIDE, type Tier } from './tiers.js';
import { withEncoding } from '../dialects/shared/ddl.js';
import { SEED } from './rng.js';

const ABOUT: Record<Tier, string> = {
  smoke: 'one row per table; proves the schema loads',
  rich: '5–20 realistic rows per entity to click around in',
  fixtures: 'labelled groups (`-- fixture: <name>`), each in its own id range so groups combine',
};

export function literal(d: Dialect, s: SeedSql, v: Val): string {
  if (v === null || typeof v !== 'object') return d.literal(v);
  if ('num' in v) {
    if (!/^-?\d+(\.\d+)?$/.test(v.num)) throw new Error(`internal: '${v.num}' is not a decimal literal`);
    return v.num;
  }
  if ('date' in v) return d.literal(v.date);
  if ('bin' in v) return s.binary(d, v.bin);
  return s.instant(d, v.ts);
}

function insertSql(d: Dialect, s: SeedSql, p: PlannedTable): string {
  const cols = p.columns.map((c) => d.quote(c)).join(', ');
  const rows = p.rows.map((r) => `  (${r.map((v) => literal(d, s, v)).join(', ')})`).join(',\n');
  return `INSERT INTO ${d.quote(p.table.name)} (${cols})${s.overriding(p.table)} VALUES\n${rows}\n${s.onConflict(d, p.table)};`;
}

function groupSql(d: Dialect, s: SeedSql, g: PlannedGroup, base: number): string {
  const head = g.name
    ? [`-- fixture: ${g.name}`, `-- ids ${base + 1}–${base + FIXTURE_STRIDE - 1}: ${g.note ?? ''}`.trimEnd()]
    : [];
  return [...head, ...g.tables.map((p) => insertSql(d, s, p))].join('\n');
}

/** Highest explicit id per table over every group (identity reset). */
function maxIds(groups: PlannedGroup[]): Map<string, { table: PlannedTable['table']; max: number }> {
  const out = new Map<string, { table: PlannedTable['table']; max: number }>();
  for (const p of groups.flatMap((g) => g.tables)) {
    if (p.maxId === undefined) continue;
    const seen = out.get(p.table.name);
    if (!seen || seen.max < p.maxId) out.set(p.table.name, { table: p.table, max: p.maxId });
  }
  return out;
}

export function seedSql(d: Dialect, tier: Tier, groups: PlannedGroup[], bases: number[]): string {
  const s = d.seed;
  const tables = new Set(groups.flatMap((g) => g.tables.map((t) => t.table.name)));
  const resets = [...maxIds(groups).values()].flatMap(({ table, max }) => {
    const id = table.columns.find((c) => c.identity);
    return id ? s.resetIdentity(d, table, id.name, max + 1) : [];
  });
  return withEncoding(d, [
    `-- db/seed.sql: ${tier} seed (db-scaffold) — ${ABOUT[tier]}`,
    `-- ${d.label} · ${tables.size} tables · seed ${SEED} · deterministic (same design, same file) · loading it twice changes nothing`,
    '-- Made-up values: e-mails on example.test, phone numbers 555-01xx, no credentials.',
    `-- Load after the migrations: ${s.load}`,
    '',
    s.begin,
    '',
    groups.map((g, i) => groupSql(d, s, g, bases[i])).join('\n\n'),
    '',
    s.commit,
    '',
    resets.length
      ? ['-- The app\'s next insert without an id continues after the seeded ids.', ...s.resetBlock(resets)].join('\n')
      : '-- Ids continue after the highest seeded id by themselves (rowid): nothing to reset.',
    '',
  ].join('\n'));
}
