/**
 * The one migration pipeline's last step, for the first migration and every later one: the diff already made
 * (previous snapshot or EMPTY → next) emitted in the target's dialect as one appended migration (or, online or
 * with a data step, its phases), each through recordMigration; db/schema.sql rendered from the snapshot the
 * migration leaves, the ORM's files and the picture (schema.md/svg/dbml) rewritten; the caller adds state last.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Design } from '../state/design-schema.js';
import type { Model } from '../state/model-schema.js';
import type { Schema } from '../state/physical-schema.js';
import { encoded, type FileRecord } from '../io/files.js';
import { planDiff, type Diff, type DiffOptions } from '../diff/plan.js';
import { migrationPair, schemaHead, schemaSql, sharedCreate, type Meta } from '../render/sql-files.js';
import { designBytes, STATE_PATH } from '../state/store.js';
import { layoutPaths } from '../runners/layout.js';
import { versionsOnDisk } from './disk-versions.js';
import { ormRecords } from '../orm/files.js';
import { pictureRecords } from '../picture/files.js';
import { emptiedResidue, RESIDUE_PATH, residueRecords } from '../render/residue-sql.js';
import { isoDate } from './paths.js';
import { safetyOf } from './safety.js';
import { appendPhases } from './migrate-online.js';
import { dataPhase, offlinePhases } from './data-step.js';
import type { Phase } from '../dialects/online.js';
import type { Target } from './target.js';
import { recordMigration, versionAfter } from './record.js';

export interface Change {
  target: Target;
  design: Design;               // as it is (migrations so far, hand-off)
  prev: Schema;                 // its snapshot, or EMPTY for the first migration
  model: Model;                 // the next model
  name: string;
  clock: Date;
  dest: string;
  notes?: string[];             // up header lines
  downNotes?: string[];         // down header lines
  irreversible?: string[];      // tables whose down aborts
  data?: { up: string; down?: string }; // a data step's SQL (core/data-step.ts)
  quietIfEmpty?: boolean;       // no statement: no migration (a rename no table or column follows)
}

export interface Appended {
  files: FileRecord[]; design: Design; diff: Diff; schemaText: string; migration?: { up: string; down: string };
  online?: string[];            // safety online: what to deploy next (the expand/contract notes)
}

/** The one diff of a run: `prev` → `next` in the target's dialect (pure); the caller judges the facts. */
export const diffOf = (t: Target, prev: Schema, next: Schema, opts?: DiffOptions): Diff => planDiff(prev, next, t.dialect.caps, opts);

type Rendering = Pick<Target, 'dialect' | 'settings'>;

const metaOf = (t: Rendering, clock: Date): Meta => ({ date: isoDate(clock), orm: t.settings.orm, style: t.settings.style });

/** db/schema.sql from a snapshot, and the files rendered beside it: db/residue.sql, the ORM's and the picture
 *  (every path that changes the design); `emitted`: schema.sql's statements as text, made for the first up. */
export function snapshotFiles(
  t: Rendering, design: Design, clock: Date, emitted?: string,
): { schema: FileRecord; beside: FileRecord[] } {
  const text = schemaSql(t.dialect, design.model!, design.schema!, metaOf(t, clock), emitted);
  const schema = encoded('db/schema.sql', text);
  return { schema, beside: [...residueRecords(design), ...ormRecords(design), ...pictureRecords(design)] };
}

export function appendMigration(c: Change, diff: Diff): Appended {
  const { dialect: d, layout } = c.target;
  const meta = metaOf(c.target, c.clock);
  const design: Design = { ...c.design, model: c.model, schema: diff.schema, migrations: [...c.design.migrations] };
  const files: FileRecord[] = [];
  let migration: Appended['migration'];
  let online: string[] | undefined;
  let emitted: string | undefined; // the first up's statements as text when schema.sql has the same ones
  const a = design.answers;
  const first = c.design.migrations.length === 0 && c.prev.tables.length === 0;
  if (!design.handoff && layout.paths && (first || diff.up.length || c.data || !c.quietIfEmpty)) {
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
      const run = { t: c.target, design, name: c.name, date: meta.date, clock: c.clock, dest: c.dest, timeouts: safety.timeouts, notes, plain: !plan, onDisk: disk };
      const r = appendPhases(run, phases);
      files.push(...r.files);
      if (plan?.contract.length) {
        const prior = design.contract;
        design.contract = { name: prior?.name ?? c.name, phases: [...(prior?.phases ?? []), ...plan.contract], notes: [...(prior?.notes ?? []), ...plan.notes] };
      }
      migration = r.migration;
      online = plan?.notes ?? phases.flatMap((p) => p.notes ?? []);
    } else {
      const version = versionAfter(c.design, c.clock, disk);
      const irreversible = c.irreversible ?? [];
      const up = d.group?.(diff.up, [c.prev, diff.schema]) ?? diff.up;
      emitted = first ? sharedCreate(d, up, diff.schema) : undefined;
      const pair = migrationPair(d, up, {
        version, date: meta.date, name: c.name, tool: layout.id, notes, downNotes: c.downNotes, irreversible,
        lead: first ? schemaHead(d, c.model, diff.schema, meta) : [], emitted,
      });
      const read = (f: string) => readFileSync(join(c.dest, f), 'utf8');
      const laid = recordMigration(c.target, design, { version, name: c.name, date: meta.date, ...pair }, { irreversible }, c.dest, read);
      files.push(...laid.files);
      migration = laid.paths;
    }
  }
  // online and data steps too: the picture follows the design
  const snap = snapshotFiles(c.target, design, c.clock, emitted);
  if (first && migration) files.unshift(snap.schema); // the first run writes schema.sql, then its migration; a change the other way round
  else files.push(snap.schema);
  const emptied = !design.residue?.length && existsSync(join(c.dest, RESIDUE_PATH)); // its last object went with a change
  files.push(...snap.beside, ...(emptied ? [emptiedResidue()] : []));
  return { files, design, diff, schemaText: snap.schema.body, migration, ...(online ? { online } : {}) };
}

/** The state record: always the last file a run writes. */
export const stateRecord = (design: Design): FileRecord => encoded(STATE_PATH, designBytes(design));
