/**
 * db-change in memory: the whole design as it should now be → compiled → renames resolved (never
 * guessed) → the one pipeline (core/migrate.ts). Ambiguous renames, drops and lossy changes without
 * confirmation, and NOT NULL without a value stop the run with one line before anything is written.
 */
import type { Design } from '../state/design-schema.js';
import type { FileRecord } from '../io/files.js';
import type { Schema } from '../state/physical-schema.js';
import type { Model } from '../state/model-schema.js';
import { buildModel, compileFor } from '../core/design.js';
import { assertConsistent, settings } from '../core/evolve.js';
import { appendMigration, diffOf, stateRecord, type Settings } from '../core/migrate.js';
import { ambiguities, physicalRenames } from '../model/renames.js';
import { carryIds, idRenames } from '../model/stable-ids.js';
import type { Fills } from '../diff/table.js';
import { fail } from '../cli/errors.js';
import { backfillValue, type ChangeSpec } from './spec.js';
import { checkedFill } from '../model/values-check.js';
import { dialectOf } from '../dialects/registry.js';
import type { Caps } from '../dialects/dialect.js';
import { changeName, changeNotes, changeReport } from './report.js';
import { impossibleDowns } from './downs.js';
import { planContract } from './contract.js';
import { readData } from '../core/data-step.js';
import { writeEntities } from '../model/write-entities.js';

export interface Changed { files: FileRecord[]; design: Design; report: string; up?: string; down?: string; kinds: string[] }

const WHAT = 'db-change';

/** `Entity.field` backfills → `table.column` (physical names of the next schema). */
function fillsOf(next: Schema, spec: ChangeSpec, caps: Caps): Fills {
  const out: Fills = {};
  for (const [key, v] of Object.entries(spec.backfill)) {
    if (v === 'fail') continue; // "stop if NULLs": SET NOT NULL itself refuses rows that hold NULL (and the file rolls back)
    const [entity, field] = key.split('.');
    const t = next.tables.find((x) => x.entity === entity);
    const col = next.shortened.find((s) => s.kind === 'column' && s.full === field)?.short ?? field;
    if (!t || !field || !t.columns.some((c) => c.name === col)) fail(`backfill.${key}: no field ${key} in the new design (Entity.field)`);
    out[`${t.name}.${col}`] = checkedFill(`backfill.${key}`, backfillValue(key, v), t.columns.find((c) => c.name === col)!.type, caps);
  }
  return out;
}

export function ambiguityLine(a: { gone: string; fresh: string }): string {
  return `${WHAT}: ${a.gone} disappears and ${a.fresh} appears: a rename or a drop and a new one? ` +
    `Say it in the spec: "renames": [{"from": "${a.gone}", "to": "${a.fresh}"}] or "replace": ["${a.gone}"] (or run it in a terminal to be asked)`;
}

/** `clicked`: the model as the terminal click path left it (then `entities`/`relations` of the spec are not used). */
export function planChange(design: Design, spec: ChangeSpec, dest: string, clock: Date, clicked?: Model): Changed {
  const a = settings(design, WHAT);
  assertConsistent(design, a);
  if (spec.contract) return planContract(design, dest, clock);
  if (!clicked && !spec.entities) fail(`${WHAT}: entities: missing; give the whole design as it should now be (the same entity lines as db-schema)`);
  const byId = clicked ? idRenames(design.model!, clicked) : [];
  const said = [...spec.renames, ...byId.filter((r) => !spec.renames.some((s) => s.from === r.from))];
  const model = clicked ?? carryIds(design.model!, buildModel({ entities: spec.entities!, relations: spec.relations }), said);
  const next = compileFor(model, a);
  const prev = design.schema!;
  const renames = physicalRenames(prev, next, said);
  const open = ambiguities(prev, next, renames, spec.replace);
  if (open.length) fail(ambiguityLine(open[0]));
  const change = { design, prev, model, next, settings: a as Settings, diff: { renames, fills: fillsOf(next, spec, dialectOf(a.db).caps) } };
  const diff = diffOf(change);
  if (diff.up.length === 0 && !spec.data) fail(`${WHAT}: nothing to change; the design in the spec is the design in db/design.json`);
  const f = diff.facts;
  const stops = new Set(Object.keys(spec.backfill).filter((k) => spec.backfill[k] === 'fail'));
  const unfilled = f.unfilled.filter((u) => !stops.has(`${next.tables.find((x) => x.name === u.split('.')[0])?.entity}.${u.split('.')[1]}`));
  if (unfilled.length) {
    const [t, c] = unfilled[0].split('.');
    const entity = next.tables.find((x) => x.name === t)?.entity ?? t;
    fail(`${WHAT}: ${unfilled[0]} becomes NOT NULL and existing rows may hold NULL there; give the field a default or a one-off value: "backfill": {"${entity}.${c}": "''"} (or "fail": stop if a row holds NULL)`);
  }
  const risky = [...f.destructive.map((x) => `drops ${x.replace(/ \(.*$/, '')}`), ...f.lossy.map((x) => `narrows ${x}`)];
  if (risky.length && !spec.allowDestructive) {
    fail(`${WHAT}: this change ${risky.join('; ')}: data may be lost; confirm with "allowDestructive": true (the down restores the structure, not the data)`);
  }
  const notes = changeNotes(diff, a.db, !!design.seed && design.seed.tier !== 'skip');
  const stuck = impossibleDowns(prev, next, diff.up);
  const [upNotes, downNotes] = [[...notes.up, ...stuck.up], [...notes.down, ...stuck.down]];
  const said2 = clicked ? { entities: writeEntities(model), relations: model.relations } : { entities: spec.entities, relations: spec.relations };
  const next2: Design = { ...design, answers: { ...design.answers, ...said2 } }; // the entity lines say the design as it now is
  const data = spec.data ? readData(dest, spec.data) : undefined;
  const out = appendMigration({ ...change, design: next2, name: changeName(diff.up), clock, dest, notes: upNotes, downNotes, irreversible: stuck.tables, data }, diff);
  const files = [...out.files, stateRecord(out.design)];
  const body = (p?: string) => (p ? files.find((x) => x.path === p)?.body : undefined);
  return {
    files, design: out.design, up: body(out.migration?.up), down: body(out.migration?.down), kinds: diff.up.map((s) => s.kind),
    report: changeReport({ design: out.design, diff, migration: out.migration, notes: [...upNotes, ...(out.online ?? []).map((n) => `next: ${n}`)], schemaText: out.schemaText }),
  };
}
