/**
 * safety: online — a later migration written as its phases (dialects/online.ts), each one migration in the
 * runner's layout, in order; what the expand leaves is kept in the design for `db-change -- --contract true`.
 * A phase outside a transaction holds one statement; runners that send a file as one query (all but Atlas)
 * get it alone, without the SET lines, which would put it in an implicit transaction.
 */
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import type { Design } from '../state/design-schema.js';
import type { Dialect } from '../dialects/dialect.js';
import type { FileRecord } from '../io/files.js';
import type { Phase, Timeouts } from '../dialects/online.js';
import { withEncoding } from '../dialects/shared/ddl.js';
import type { Target } from './target.js';
import { recordMigration, versionAfter } from './record.js';
import { fail } from '../cli/errors.js';

export interface PhaseRun {
  t: Pick<Target, 'dialect' | 'layout'>; design: Design; name: string; date: string; clock: Date; dest: string; timeouts: Timeouts;
  notes?: string[];
  plain?: boolean;  // offline (a data step's three migrations): no timeouts
  onDisk?: string[]; // versions of migration files on disk, recorded or not: a new one sorts after them all
}

/** The lines every online file starts with: the engine's timeouts (a backfill's statement runs unbounded, batch by batch). */
function head(d: Dialect, p: Phase, t: Timeouts, alone: boolean): string[] {
  return d.timeouts?.(t, { alone, backfill: p.name.startsWith('_backfill') }) ?? [];
}

function text(d: Dialect, title: string, lines: string[], sql: string[]): string {
  const body = sql.length ? sql.join('\n\n') : '-- nothing to undo';
  return withEncoding(d, `${[title, ...lines].join('\n')}\n\n${body}\n`);
}

/** Append each phase as a migration; returns the files and the paths of the last one. */
export function appendPhases(r: PhaseRun, phases: Phase[]): { files: FileRecord[]; migration?: { up: string; down: string } } {
  const files: FileRecord[] = [];
  let migration: { up: string; down: string } | undefined;
  const { dialect: d, layout } = r.t;
  for (const p of phases) {
    if (p.noTx && !layout.outsideTx) {
      fail(`safety online: ${r.name}${p.name} must run outside a transaction (CONCURRENTLY or a batched backfill), which kei-migrate cannot do; ` +
        `use runner existing with dbmate, goose, atlas or sqlx (answers.runner and answers.existing in db/design.json), or safety offline`);
    }
    const alone = !!p.noTx && layout.oneQuery;
    const version = versionAfter(r.design, r.clock, r.onDisk ?? []);
    const name = `${r.name}${p.name}`;
    const notes = [...(r.notes ?? []), ...(p.notes ?? [])].map((n) => `-- ${n}`);
    const h = r.plain ? [] : head(d, p, r.timeouts, alone);
    const up = text(d, `-- ${layout.id}: ${name} (generated ${r.date})`, [...notes, ...h], p.up);
    const down = text(d, `-- ${layout.id}: ${name} down (generated ${r.date})`, [`-- Reverts ${version}_${name}.sql.`, ...h], p.down);
    const read = (f: string) => files.find((x) => x.path === f)?.body ?? readFileSync(join(r.dest, f), 'utf8');
    const rendered = { version, name, date: r.date, up, down, transactional: !p.noTx };
    const laid = recordMigration(r.t, r.design, rendered, { irreversible: [], noTransaction: !!p.noTx }, r.dest, read);
    files.push(...laid.files);
    migration = laid.paths;
  }
  const sums = files.filter((f) => f.path === 'migrations/atlas.sum');
  return { files: [...files.filter((f) => f.path !== 'migrations/atlas.sum'), ...sums.slice(-1)], migration };
}
