/** The smoke test printed once after writing: apply the migrations (or db/schema.sql, where they are not plain SQL files),
 *  load the seed, count the rows. */
import type { Dialect } from '../dialects/dialect.js';
import type { Design } from '../state/design-schema.js';
import type { PlannedGroup } from './types.js';

/** Rows per table over every group, in creation order. */
export function rowCounts(groups: PlannedGroup[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const p of groups.flatMap((g) => g.tables)) out.set(p.table.name, (out.get(p.table.name) ?? 0) + p.rows.length);
  return out;
}

export function smokeSnippet(d: Dialect, design: Design, counts: Map<string, number>, seedPath: string): string {
  const s = d.seed;
  const order = (design.schema?.tables ?? []).map((t) => t.name).filter((n) => counts.has(n));
  // plain up files only (dbmate/goose keep the down in the same file, Alembic writes Python)
  const plain = design.migrations.length && design.migrations.every((m) => m.up !== m.down && m.up.endsWith('.sql'));
  // a migration in one transaction (psql -1; sqlite3 wrapped), unless it must run outside one (CONCURRENTLY)
  const apply = plain ? design.migrations.map((m) => (m.noTransaction ? s.shell.file(m.up) : s.shell.migration(m.up))) : [s.shell.file('db/schema.sql')];
  const made = plain ? 'apply the migrations' : 'apply db/schema.sql (the schema the migrations make)';
  const select = order.map((n, i) => `${i ? 'UNION ALL ' : ''}SELECT ${d.literal(n)} AS table_name, COUNT(*) AS row_count FROM ${d.quote(n)}`);
  return [
    `Smoke test (${d.label}; on a scratch database): ${made}, load the seed, count rows`,
    ...s.shell.setup,
    ...apply,
    s.shell.file(seedPath),
    s.shell.file(seedPath) + '   # again: loading twice changes nothing',
    s.shell.heredoc,
    `${select.join('\n')};`,
    'SQL',
    `Expect: ${order.map((n) => `${n} ${counts.get(n)}`).join(', ')}`,
  ].join('\n');
}
