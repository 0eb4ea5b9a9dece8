/** What every lint rule sees: the design, its dialect, and each migration's up and down as shaped statements. */
import type { Design } from '../../state/design-schema.js';
import type { Dialect } from '../../dialects/dialect.js';
import type { Finding } from '../finding.js';
import type { MigrationText } from '../migrations.js';
import { shapesOf, statementsOf, type Shape, type Stmt } from '../statements.js';

export interface Shaped extends Stmt { shapes: Shape[] }
export interface LintMigration { text: MigrationText; index: number; up: Shaped[]; down: Shaped[] }

export interface LintContext {
  design: Design;
  dialect: Dialect;
  migrations: LintMigration[];
  /** Was the table there before migration `index` (created by an earlier one), so it may hold rows? */
  existedBefore(table: string, index: number): boolean;
}

export interface Rule {
  id: string;
  /** The same rule in squawk or Atlas, where there is one. */
  alias?: string;
  check(ctx: LintContext): Omit<Finding, 'step' | 'rule'>[];
}

const shaped = (sql: string, line: number): Shaped[] => statementsOf(sql, line).map((s) => ({ ...s, shapes: shapesOf(s.flat) }));

export function lintContext(design: Design, dialect: Dialect, texts: MigrationText[]): LintContext {
  const migrations = texts.filter((t) => !t.missing).map((text, index) => ({
    text, index, up: shaped(text.up.sql, text.up.line), down: shaped(text.down.sql, text.down.line),
  }));
  const born = new Map<string, number>();
  for (const m of migrations) for (const s of m.up) for (const sh of s.shapes) {
    if (sh.kind === 'create-table' && !born.has(sh.table)) born.set(sh.table, m.index);
    if (sh.kind === 'rename-table' && born.has(sh.table) && !born.has(sh.to)) born.set(sh.to, born.get(sh.table)!);
  }
  return { design, dialect, migrations, existedBefore: (t, i) => born.has(t) && born.get(t)! < i };
}

/** Every up statement shape of every migration, with where it is. */
export function* upShapes(ctx: LintContext): Generator<{ m: LintMigration; s: Shaped; sh: Shape }> {
  for (const m of ctx.migrations) for (const s of m.up) for (const sh of s.shapes) yield { m, s, sh };
}
