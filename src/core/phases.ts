/** The single phases in memory: save answers (intake, entities), write the DDL alone (ddl). */
import type { Answers, Spec } from '../state/answers-schema.js';
import { type Design, emptyDesign } from '../state/design-schema.js';
import { serialiseDesign, STATE_PATH } from '../state/store.js';
import { dialectOf } from '../dialects/registry.js';
import { schemaSql } from '../render/sql-files.js';
import { buildModel, compileFor } from './design.js';
import { isoDate } from './paths.js';
import { fail } from '../cli/errors.js';
import type { Built } from './init.js';
import { ormRecords } from '../orm/files.js';
import { pictureRecords } from '../picture/files.js';

export function saveAnswers(existing: Design | undefined, a: Spec, withModel: boolean): Built {
  const design: Design = { ...(existing ?? emptyDesign()), answers: { ...existing?.answers, ...a } };
  if (withModel) {
    if (existing?.migrations.length) fail(`${STATE_PATH}: the design already has migrations; add entities with \`npx plop db-entity\``);
    design.model = buildModel(a as Answers);
    delete design.schema;
  }
  return { files: [{ path: STATE_PATH, body: serialiseDesign(design) }], design, schemaText: '', notes: [] };
}

export function buildDdl(a: Pick<Answers, 'db' | 'orm' | 'style' | 'scale' | 'entities' | 'relations'>, existing: Design | undefined, clock: Date): Built {
  if (existing?.migrations.length) fail(`${STATE_PATH}: the design already has migrations; db/schema.sql follows them (use \`npx plop db-entity\`)`);
  const model = buildModel(a);
  const schema = compileFor(model, a);
  const schemaText = schemaSql(dialectOf(a.db), model, schema, { date: isoDate(clock), orm: a.orm, style: a.style });
  const design: Design = { ...(existing ?? emptyDesign()), answers: { ...existing?.answers, ...a }, model, schema };
  return {
    files: [{ path: 'db/schema.sql', body: schemaText }, ...ormRecords(design), ...pictureRecords(design), { path: STATE_PATH, body: serialiseDesign(design) }],
    design, schemaText, notes: [],
  };
}
