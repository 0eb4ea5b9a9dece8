/**
 * The live database as a design (live-model.ts, names kept by live-names.ts), and `db-verify --adopt`: the drift
 * taken into the design as a migration pair through the one pipeline (appendMigration: schema.sql, the picture,
 * the state). The live database has the change already: record the new version as applied in the runner's
 * table, never run it there. What the language cannot say (live-unsaid.ts: an FK of two columns, a second CHECK, a
 * primary key, an identity …) goes into the design's residue, replayed after the migrations as an import's is, so the
 * design matches the database. `--revert` plans the way back from the same live design (drift-fix.ts).
 */
import type { Design } from '../state/design-schema.js';
import type { Model } from '../state/model-schema.js';
import type { Schema } from '../state/physical-schema.js';
import type { Catalog } from '../catalog/types.js';
import type { FileRecord } from '../io/files.js';
import { assignIds } from '../model/ids.js';
import { compileFor } from '../core/design.js';
import { appendMigration, diffOf, stateRecord } from '../core/migrate.js';
import { settingsOf, targetOf, type Target } from '../core/target.js';
import { fail } from '../cli/errors.js';
import { adoptModel, RECORD_IT } from './live-model.js';
import { namesFor } from './live-names.js';
import { saidBy, type Unsaid } from './live-unsaid.js';

export interface LiveDesign {
  target: Target; model: Model; schema: Schema; names: Record<string, string>; taken: string[]; left: string[]; unsaid: Unsaid[];
}

/** The design edited to say what the live database has, compiled with the live database's key names. */
export function liveDesign(design: Design, live: Catalog, expected: Catalog): LiveDesign {
  const settings = settingsOf(design, 'db-verify');
  const target = targetOf(design, settings);
  const r = adoptModel(design, live, expected, target.dialect.replay, (m) => compileFor(m, settings));
  const model = assignIds(r.model);
  const names = namesFor(compileFor(model, settings), live, settings.names, !!target.dialect.caps.unnamedKeys);
  return { target, model, schema: compileFor(model, { ...settings, names }), names, taken: r.taken, left: r.left, unsaid: r.unsaid };
}

/** A note for what --adopt left; a table run by hand without its record carries its own advice (live-model.ts). */
export const notAdoptedLine = (x: string): string =>
  `not adopted: ${x}${x.endsWith(RECORD_IT) ? '' : ' — make it through npx plop db-change, or bring the database back with --revert'}`;

export function adoptRecords(dest: string, design: Design, live: Catalog, expected: Catalog, clock: Date): FileRecord[] {
  const l = liveDesign(design, live, expected);
  const said = l.unsaid.filter((u) => u.toLive.length || u.implied);
  const left = l.left.filter((x) => !saidBy(said, x));
  if (!l.taken.length && !said.length) fail(`--adopt: nothing it can take into the design (${left.slice(0, 3).join('; ')}); --revert writes the SQL that brings the database back`);
  const kept = Object.keys(l.names).length ? { names: l.names } : {};
  const old = (u: Unsaid) => (design.residue ?? []).filter((r) => u.kind === r.kind && u.name === r.name);
  const had = (u: Unsaid) => old(u).length > 0;
  // what the residue made, changed by hand again: its drops of the migrations' object kept, then the object as the live database has it
  const sqlOf = (u: Unsaid) => (had(u) && u.whole
    ? [...old(u).flatMap((r) => r.sql.filter((s) => s.phase < 3)), ...u.whole] : u.toLive);
  const residue = [...(design.residue ?? []).filter((r) => !said.some((u) => u.kind === r.kind && u.name === r.name)),
    ...said.filter((u) => !u.implied && !(u.gone && had(u))) // gone by hand from what the residue made: out of the residue
      .map((u) => ({ kind: u.kind, name: u.name, reason: `adopted from the live database: ${u.reason}`, sql: sqlOf(u) }))];
  const base: Design = { ...design, answers: { ...design.answers, ...kept }, residue };
  if (!residue.length) delete base.residue;
  const out = appendMigration({
    target: l.target, design: base, prev: design.schema!, model: l.model, name: 'adopt_drift', clock, dest,
    // a key changed: its drop and its add, one note
    notes: [`adopted from the live database: ${l.taken.join(', ') || 'nothing the language says'}`,
      ...[...new Set(said.map((u) => u.reason))]
        .map((why) => `kept in the design's residue (db/residue.sql, replayed after the migrations; the live database has it): ${why}`),
      ...left.map(notAdoptedLine)],
  }, diffOf(l.target, design.schema!, l.schema));
  return [...out.files, stateRecord(out.design)];
}
