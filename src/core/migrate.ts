/**
 * The one migration pipeline, for the first migration and every later one: the compiled next schema →
 * diff(previous snapshot or EMPTY, next) → down = the inverse plan → emitted in the design's dialect →
 * one appended migration (version, immutable files in the runner's layout, checksums) with db/schema.sql
 * regenerated from the snapshot the migration leaves, the ORM's files and the picture (schema.md/svg/dbml) rewritten. The caller adds the
 * state record, always last.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Design } from '../state/design-schema.js';
import type { Model } from '../state/model-schema.js';
import type { Schema } from '../state/physical-schema.js';
import type { DialectId } from '../dialects/dialect.js';
import type { FileRecord } from '../io/files.js';
import { dialectOf } from '../dialects/registry.js';
import { planDiff, type Diff, type DiffOptions } from '../diff/plan.js';
import { migrationPair, schemaHead, schemaSql } from '../render/sql-files.js';
import { serialiseDesign, STATE_PATH } from '../state/store.js';
import { nextVersion, sha256 } from './versions.js';
import { laidChecksum, layMigration, layoutOf, layoutPaths } from '../runners/layout.js';
import { versionsOnDisk } from './disk-versions.js';
import { ormRecords } from '../orm/files.js';
import { pictureRecords } from '../picture/files.js';
import { isoDate } from './paths.js';
import { fail } from '../cli/errors.js';
import { safetyOf } from './safety.js';
import { appendPhases } from './migrate-online.js';
import { dataPhase, offlinePhases } from './data-step.js';
import type { Phase } from '../dialects/online.js';

export interface Settings { db: DialectId; orm: string; style: string }

export interface Change {
  design: Design;               // as it is (migrations so far, hand-off)
  prev: Schema;                 // its snapshot, or EMPTY for the first migration
  model: Model;                 // the next model
  next: Schema;                 // the next model compiled
  settings: Settings;
  name: string;
  clock: Date;
  dest: string;
  diff?: DiffOptions;
  notes?: string[];             // up header lines
  downNotes?: string[];         // down header lines
  irreversible?: string[];      // tables whose down aborts
  transactional?: boolean;      // false: a no-transaction migration (CREATE INDEX CONCURRENTLY); default all or nothing
  data?: { up: string; down?: string }; // a data step's SQL (core/data-step.ts)
}

export interface Appended {
  files: FileRecord[]; design: Design; diff: Diff; schemaText: string; migration?: { up: string; down: string };
  online?: string[];            // safety online: what to deploy next (the expand/contract notes)
}

/** Diff `prev` → `next` (pure); the caller judges the facts before appending. */
export const diffOf = (c: Pick<Change, 'prev' | 'next' | 'settings' | 'diff'>): Diff =>
  planDiff(c.prev, c.next, dialectOf(c.settings.db).caps, c.diff);

export function appendMigration(c: Change, diff: Diff = diffOf(c)): Appended {
  const d = dialectOf(c.settings.db);
  const meta = { date: isoDate(c.clock), orm: c.settings.orm, style: c.settings.style };
  const schemaText = schemaSql(d, c.model, diff.schema, meta);
  const design: Design = { ...c.design, model: c.model, schema: diff.schema, migrations: [...c.design.migrations] };
  const schemaFile: FileRecord = { path: 'db/schema.sql', body: schemaText };
  const files: FileRecord[] = [];
  let migration: Appended['migration'];
  const a = design.answers; // a state from before runner layouts ('existing', none named) keeps kei-migrate's layout
  const legacy = a.runner === 'existing' && !a.existing && a.orm !== 'prisma' && a.orm !== 'sqlalchemy' && c.design.migrations.length > 0;
  const layout = legacy ? 'kei-migrate' : layoutOf(a);
  if (!design.handoff && layout !== 'prisma') {
    const first = c.design.migrations.length === 0 && c.prev.tables.length === 0;
    const probe = layoutPaths(layout, '0', 'x');
    const disk = versionsOnDisk(c.dest, [probe.up, probe.down]);
    const safety = safetyOf(a);
    const plan = !first && safety.mode === 'online' ? d.online?.(diff.up) : undefined;
    const notes = !first && safety.mode === 'online' && !d.online
      ? [...(c.notes ?? []), `safety online: ${d.label} has one writer and no online DDL; this migration is as in offline mode`] : c.notes;
    if (plan || c.data) {
      const nothing: Phase[] = [{ name: '_expand', up: ['-- nothing to expand: the change is all in the contract'], down: [] }];
      const expand = plan ? (plan.phases.length ? plan.phases : nothing) : [];
      const phases = plan ? [...expand, ...(c.data ? [dataPhase(d, c.data, `${c.name}_data`)] : [])] : offlinePhases(d, diff.up, c.data!, c.name);
      const run = { d, layout, design, name: c.name, date: meta.date, clock: c.clock, dest: c.dest, timeouts: safety.timeouts, notes, plain: !plan, onDisk: disk };
      const r = appendPhases(run, phases);
      files.push(...r.files);
      if (plan?.contract.length) {
        const prior = design.contract;
        design.contract = { name: prior?.name ?? c.name, phases: [...(prior?.phases ?? []), ...plan.contract], notes: [...(prior?.notes ?? []), ...plan.notes] };
      }
      if (!files.includes(schemaFile)) files.push(schemaFile);
      files.push(...ormRecords(design));
      return { files, design, diff, schemaText, migration: r.migration, online: plan?.notes ?? phases.flatMap((p) => p.notes ?? []) };
    }
    const version = nextVersion(c.clock, [...c.design.migrations.map((m) => m.version), ...disk]);
    const irreversible = c.irreversible ?? [];
    const pair = migrationPair(d, d.group?.(diff.up) ?? diff.up, {
      version, date: meta.date, name: c.name, tool: layout, notes, downNotes: c.downNotes, irreversible,
      lead: first ? schemaHead(d, c.model, diff.schema, meta) : [],
    });
    const read = (f: string) => readFileSync(join(c.dest, f), 'utf8');
    const laid = layMigration(layout, d, { version, name: c.name, date: meta.date, transactional: c.transactional, ...pair }, c.design.migrations, read);
    const p = laid.paths;
    for (const f of new Set([p.up, p.down])) if (existsSync(join(c.dest, f))) fail(`${f} exists already; a written migration is never edited`);
    files.push(...laid.files);
    if (first) files.unshift(schemaFile); // the first run writes schema.sql, then its migration; a change the other way round
    const body = (f: string) => laid.files.find((x) => x.path === f)!.body;
    const sums = { up: sha256(body(p.up)), down: sha256(body(p.down)) }; // as written: one file for both is hashed twice
    design.migrations.push({ version, name: c.name, up: p.up, down: p.down, checksum: laidChecksum(laid), sums, irreversible });
    migration = p;
  }
  if (!files.includes(schemaFile)) files.push(schemaFile);
  files.push(...ormRecords(design), ...pictureRecords(design));
  return { files, design, diff, schemaText, migration };
}

/** The state record: always the last file a run writes. */
export const stateRecord = (design: Design): FileRecord => ({ path: STATE_PATH, body: serialiseDesign(design) });
