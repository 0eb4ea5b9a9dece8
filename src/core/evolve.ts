/**
 * db-entity / db-field / db-relation in memory, through the one pipeline (pipeline.ts): the merged model
 * compiled, diffed against the snapshot, one migration appended, the state record last.
 */
import type { Design } from '../state/design-schema.js';
import type { Merged } from '../model/merge.js';
import { compileFor } from './design.js';
import { migrationName } from '../report/names.js';
import { migrationNotes } from '../report/notes.js';
import { evolveReport } from '../report/evolve.js';
import { writeEntities } from '../model/write-entities.js';
import { ready, runChange, type Result } from './pipeline.js';

export function evolve(loaded: Design, merged: Merged, dest: string, clock: Date, what: string): Result {
  const r = ready(loaded, what);
  return runChange(r, {
    what, model: merged.model, next: compileFor(merged.model, r.settings), clock, dest,
    // the entity lines say the design as it now is
    design: { ...r.design, answers: { ...r.design.answers, entities: writeEntities(merged.model), relations: merged.model.relations } },
    empty: `${what}: nothing to add; the design already has all of it`,
    words: (diff) => ({ name: migrationName(merged), notes: migrationNotes(merged, diff.up, r.dialect, [r.design.schema, diff.schema]) }),
    report: (out, w) => evolveReport({ what, merged, design: out.design, migration: out.migration, notes: w.notes, schemaText: out.schemaText }),
  });
}
