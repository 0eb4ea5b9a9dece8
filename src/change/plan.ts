/**
 * db-change in memory: the whole design as it should now be → compiled → renames resolved (never
 * guessed) → the one pipeline (core/pipeline.ts). Ambiguous renames, drops and lossy changes without
 * confirmation, and NOT NULL without a value stop the run with one line before anything is written.
 */
import type { Design } from '../state/design-schema.js';
import type { Schema } from '../state/physical-schema.js';
import type { Model } from '../state/model-schema.js';
import { buildModel, compileFor } from '../core/design.js';
import { ready, runChange, type Result } from '../core/pipeline.js';
import type { Settings } from '../core/target.js';
import { ambiguities, physicalRenames } from '../model/renames.js';
import { carryIds, idRenames } from '../model/stable-ids.js';
import type { Fills } from '../diff/table.js';
import { fail } from '../cli/errors.js';
import { backfillValue, type ChangeSpec } from './spec.js';
import { checkedFill } from '../model/values-check.js';
import type { Caps } from '../dialects/dialect.js';
import { changeName, changeNotes, changeReport } from '../report/change.js';
import { impossibleDowns } from './downs.js';
import { planContract } from './contract.js';
import { readData } from '../core/data-step.js';
import { writeEntities } from '../model/write-entities.js';
import { valueRenames } from './values.js';
import { safetyOf } from '../core/safety.js';

const WHAT = 'db-change';

/** `Entity.field` backfills → `table.column` (physical names of the next schema). */
function fillsOf(next: Schema, spec: ChangeSpec, caps: Caps): Fills {
  const out: Fills = {};
  for (const [key, v] of Object.entries(spec.backfill)) {
    if (v === 'fail') continue; // "stop if NULLs": SET NOT NULL itself refuses rows that hold NULL (and the file rolls back)
    const [entity, field] = key.split('.');
    const t = next.tables.find((x) => x.entity === entity);
    const col = next.shortened.find((s) => s.kind === 'column' && s.full === field)?.short ?? field;
    const c = t?.columns.find((x) => x.name === col);
    if (!t || !field || !c) return fail(`backfill.${key}: no field ${key} in the new design (Entity.field)`);
    out[`${t.name}.${col}`] = checkedFill(`backfill.${key}`, backfillValue(key, v), c.type, caps);
  }
  return out;
}

export function ambiguityLine(a: { gone: string; fresh: string }): string {
  return `${WHAT}: ${a.gone} disappears and ${a.fresh} appears: a rename or a drop and a new one? ` +
    `Say it in the spec: "renames": [{"from": "${a.gone}", "to": "${a.fresh}"}] or "replace": ["${a.gone}"] (or run it in a terminal to be asked)`;
}

/** The renames a change applies (the spec's, the ids' of a click edit) and what still disappears while something
 *  appears, the designs before and after at hand (fields under `column(…)` names): one for the spec, the terminal's
 *  questions (wizard/change-renames.ts) and the clicks. */
export function resolveRenames(design: Design, spec: ChangeSpec, settings: Settings, clicked?: Model) {
  const byId = clicked ? idRenames(design.model!, clicked) : [];
  const said = [...spec.renames, ...byId.filter((x) => !spec.renames.some((s) => s.from === x.from))];
  const model = clicked ?? carryIds(design.model!, buildModel({ entities: spec.entities!, relations: spec.relations }), said);
  const next = compileFor(model, settings);
  const models = { prev: design.model!, next: model };
  const renames = physicalRenames(design.schema!, next, said, models);
  return { model, next, renames, said, open: ambiguities(design.schema!, next, renames, spec.replace, models) };
}

/** `clicked`: the model as the terminal click path left it (then `entities`/`relations` of the spec are not used). */
export function planChange(loaded: Design, spec: ChangeSpec, dest: string, clock: Date, clicked?: Model): Result {
  const r = ready(loaded, WHAT);
  const { design } = r;
  if (spec.contract) return planContract(r, dest, clock);
  if (!clicked && !spec.entities) fail(`${WHAT}: entities: missing; give the whole design as it should now be (the same entity lines as db-schema)`);
  const { model, next, renames, said, open } = resolveRenames(design, spec, r.settings, clicked);
  const prev = design.schema;
  if (open.length) fail(ambiguityLine(open[0]));
  const seeded = !!design.seed && design.seed.tier !== 'skip';
  return runChange(r, {
    what: WHAT, model, next, clock, dest,
    diff: { renames, fills: fillsOf(next, spec, r.dialect.caps), values: valueRenames(design.model, model, next, spec.renameValues, !!r.dialect.online && safetyOf(design.answers).mode === 'online') },
    // a rename the tables do not see (an entity under its own @table): the design and the ORM's files, no migration
    empty: spec.data || said.length ? undefined
      : `${WHAT}: nothing to change; the design in the spec is the design in db/design.json`,
    quietIfEmpty: said.length > 0 && !spec.data,
    residueDrop: spec.residue?.drop,
    allowDestructive: spec.allowDestructive, stops: new Set(Object.keys(spec.backfill).filter((k) => spec.backfill[k] === 'fail')),
    // the entity lines say the design as it now is
    design: { ...design, answers: { ...design.answers, ...(clicked ? { entities: writeEntities(model), relations: model.relations }
      : { entities: spec.entities, relations: spec.relations }) } },
    words: (diff) => {
      const notes = changeNotes(diff, r.dialect, seeded, prev);
      const stuck = impossibleDowns(prev, next, diff.up);
      const data = spec.data ? readData(dest, spec.data) : undefined;
      return { name: changeName(diff.up), notes: [...notes.up, ...stuck.up], downNotes: [...notes.down, ...stuck.down], irreversible: stuck.tables, data };
    },
    report: (out, w) => changeReport({
      design: out.design, diff: out.diff, migration: out.migration, notes: [...w.notes, ...(out.online ?? []).map((n) => `next: ${n}`)], schemaText: out.schemaText,
      said,
    }),
  });
}
