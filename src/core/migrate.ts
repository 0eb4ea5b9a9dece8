/**
 * The one migration pipeline, for the first migration and every later one: the compiled next schema →
 * diff(previous snapshot or EMPTY, next) → down = the inverse plan → emitted in the design's dialect →
 * one appended migration (version, immutable pair, checksum) with db/schema.sql regenerated from the
 * snapshot the migration leaves. The caller adds the state record, always last.
 */
import { existsSync } from 'node:fs';
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
import { checksum, migrationPaths, nextVersion, sha256 } from './versions.js';
import { isoDate } from './paths.js';
import { fail } from '../cli/errors.js';

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
}

export interface Appended {
  files: FileRecord[]; design: Design; diff: Diff; schemaText: string; migration?: { up: string; down: string };
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
  if (!design.handoff) {
    const first = c.design.migrations.length === 0 && c.prev.tables.length === 0;
    const version = nextVersion(c.clock, c.design.migrations.map((m) => m.version));
    const p = migrationPaths(version, c.name);
    for (const f of [p.up, p.down]) if (existsSync(join(c.dest, f))) fail(`${f} exists already; a written migration is never edited`);
    const irreversible = c.irreversible ?? [];
    const pair = migrationPair(d, d.group?.(diff.up) ?? diff.up, {
      version, date: meta.date, name: c.name, notes: c.notes, downNotes: c.downNotes, irreversible,
      lead: first ? schemaHead(d, c.model, diff.schema, meta) : [],
    });
    files.push({ path: p.up, body: pair.up, immutable: true }, { path: p.down, body: pair.down, immutable: true });
    if (first) files.unshift(schemaFile); // the first run writes schema.sql, then its migration; a change the other way round
    const sums = { up: sha256(pair.up), down: sha256(pair.down) };
    design.migrations.push({ version, name: c.name, up: p.up, down: p.down, checksum: checksum(pair.up, pair.down), sums, irreversible });
    migration = p;
  }
  if (!files.includes(schemaFile)) files.push(schemaFile);
  return { files, design, diff, schemaText, migration };
}

/** The state record: always the last file a run writes. */
export const stateRecord = (design: Design): FileRecord => ({ path: STATE_PATH, body: serialiseDesign(design) });
