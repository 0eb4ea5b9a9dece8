/** db-schema in memory: answers (+ any existing design) → file records, the next design, the report. */
import type { Answers } from '../state/answers-schema.js';
import { type Design, emptyDesign } from '../state/design-schema.js';
import type { Schema } from '../state/physical-schema.js';
import { buildModel, compileFor, unlinkedIdFields } from './design.js';
import { handoff } from '../render/catalogue.js';
import { report } from '../report/schema.js';
import { SECRETS_PATH, secretsRecords } from '../render/secrets.js';
import { secretWarnings } from '../io/gitignore.js';
import { appendMigration, diffOf, stateRecord } from './migrate.js';
import { EMPTY } from '../diff/plan.js';
import { fail } from '../cli/errors.js';
import { entityName } from '../model/naming.js';
import { seedFor } from '../seed/lazy.js';
import { STATE_PATH } from '../state/store.js';
import type { FileRecord } from '../io/files.js';
import type { Result } from './pipeline.js';
import { targetOf } from './target.js';
import { urlFormatOf } from '../runners/layout.js';
import { residueUndo } from './residue-depends.js';
import { collationNotes } from '../model/collate.js';
import { dialectOf } from '../dialects/registry.js';
import { assertHandoffSays } from './handoff-said.js';

/** Every table of `part`, with each of its columns as it is, is in `whole` (later changes may have added more). */
const holdsAll = (whole: Schema, part: Schema): boolean => part.tables.every((t) => {
  const w = whole.tables.find((x) => x.name === t.name);
  return !!w && t.columns.every((c) => w.columns.some((x) => JSON.stringify(x) === JSON.stringify(c)));
});

export type InitAnswers = Omit<Answers, 'seed'> & { seed?: Answers['seed'] };

export function buildInit(a: InitAnswers, existing: Design | undefined, dest: string, clock: Date): Result {
  const model = buildModel(a);
  const schema = compileFor(model, a);
  const wanted = a.irreversible.map((n) => ({ typed: n, name: entityName(n) }));
  const unknown = wanted.filter((w) => !model.entities.some((e) => e.name === w.name));
  if (unknown.length) fail(`irreversible: unknown entity ${unknown.map((u) => `'${u.typed}'`).join(', ')} (entities: ${model.entities.map((e) => e.name).join(', ')})`);
  const irreversible = schema.tables.filter((t) => wanted.some((w) => w.name === t.entity)).map((t) => t.name);
  const files: FileRecord[] = [];
  const notes: string[] = [
    ...secretWarnings(dest, SECRETS_PATH), ...unlinkedIdFields(model), ...collationNotes(schema.tables, dialectOf(a.db).caps),
  ];
  const design: Design = { ...(existing ?? emptyDesign()), answers: a };
  let schemaText = '';
  let laid: { migration?: { up: string; down: string }; kinds: string[] } = { kinds: [] };
  if (existing?.migrations.length) {
    const same = (k: 'entities' | 'relations' | 'db' | 'scale') => JSON.stringify(existing.answers[k]) === JSON.stringify(a[k]);
    const asBefore = same('entities') && same('relations') && same('db') && same('scale');
    if (!asBefore && (!existing.schema || !holdsAll(existing.schema, schema) || !same('db'))) {
      fail(`${STATE_PATH}: this design already has migrations and the answers change it; add entities with \`npx plop db-entity\` (written migrations are never edited)`);
    }
    // answers the design already holds (later changes grew it): its entity lines stay those of the design as it is
    design.answers = { ...a, entities: existing.answers.entities, relations: existing.answers.relations };
    notes.push('design unchanged: existing migrations and db/schema.sql kept');
  } else {
    const target = targetOf(design, a);
    const h = handoff(a.orm);
    if (!target.layout.paths && h) { // the ORM's tool writes the migrations (prisma migrate)
      assertHandoffSays(h, schema);
      design.handoff = h;
      notes.push(h);
    } else delete design.handoff; // a hand-off recorded before (another ORM) no longer holds
    if (target.layout.note) notes.push(target.layout.note);
    const diff = diffOf(target, EMPTY, schema);
    const last = [...diff.up].reverse().find((s) => s.kind === 'createTable');
    const undo = design.residue?.length ? residueUndo(design.residue, target.dialect) : [];
    if (last?.kind === 'createTable' && undo.length) last.dependents = undo; // its down drops the residue's own objects first
    const out = appendMigration({ target, design, prev: EMPTY, model, name: 'init_schema', clock, dest, irreversible }, diff);
    files.push(...out.files);
    schemaText = out.schemaText;
    laid = { migration: out.migration, kinds: diff.up.map((s) => s.kind) };
    Object.assign(design, out.design);
  }
  const t = targetOf(design, a);
  files.unshift(...secretsRecords(dest, a.db, urlFormatOf(t.layout, t.dialect)));
  const seed = a.seed ? seedFor(design, a.seed) : undefined;
  if (seed) {
    files.push(...seed.files);
    design.seed = seed.seed;
  }
  files.push(stateRecord(design));
  const body = (p?: string) => (p ? files.find((x) => x.path === p)?.body : undefined);
  return { // the bodies decoded when read (io/files.ts: a run that only writes never holds them as strings)
    files, design, report: report(design, schemaText, notes), notes, schemaText, snippet: seed?.snippet,
    ...laid, get up() { return body(laid.migration?.up); }, get down() { return body(laid.migration?.down); },
  };
}
