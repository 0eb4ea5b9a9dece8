/** The single phases in memory: save answers (intake, entities), write the DDL alone (ddl). */
import type { Answers, Spec } from '../state/answers-schema.js';
import { type Design, emptyDesign } from '../state/design-schema.js';
import { STATE_PATH } from '../state/store.js';
import { buildModel, compileFor } from './design.js';
import { fail } from '../cli/errors.js';
import { snapshotFiles, stateRecord } from './migrate.js';
import type { Result } from './pipeline.js';
import { dialectOf } from '../dialects/registry.js';

const saved = (files: Result['files'], design: Design, schemaText = ''): Result =>
  ({ files, design, report: '', notes: [], schemaText, kinds: [] });

export function saveAnswers(existing: Design | undefined, a: Spec, withModel: boolean): Result {
  const design: Design = { ...(existing ?? emptyDesign()), answers: { ...existing?.answers, ...a } };
  if (withModel) {
    if (existing?.migrations.length) fail(`${STATE_PATH}: the design already has migrations; add entities with \`npx plop db-entity\``);
    design.model = buildModel(a as Answers);
    delete design.schema;
  }
  return saved([stateRecord(design)], design);
}

/** db/schema.sql (the snapshot's rendering), the ORM's files and the picture, before any migration. */
export function buildDdl(a: Pick<Answers, 'db' | 'orm' | 'style' | 'scale' | 'entities' | 'relations'>, existing: Design | undefined, clock: Date): Result {
  if (existing?.migrations.length) fail(`${STATE_PATH}: the design already has migrations; db/schema.sql follows them (use \`npx plop db-entity\`)`);
  const model = buildModel(a);
  const schema = compileFor(model, a);
  const design: Design = { ...(existing ?? emptyDesign()), answers: { ...existing?.answers, ...a }, model, schema };
  const snap = snapshotFiles({ dialect: dialectOf(a.db), settings: a }, design, clock);
  return saved([snap.schema, ...snap.beside, stateRecord(design)], design, snap.schema.body);
}
