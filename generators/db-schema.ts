/** db-schema: the five phases chained (intake → entities → DDL review → migrations → seed), written at once. */
import { Answers } from '../src/state/answers-schema.js';
import { buildInit } from '../src/core/init.js';
import { now } from '../src/core/paths.js';
import { loadDesign } from '../src/state/store.js';
import { askIntake, assertReplicaSafe } from '../src/wizard/intake.js';
import { askEntities } from '../src/wizard/entities.js';
import { askReview } from '../src/wizard/review.js';
import { askMigrations, askSeed } from '../src/wizard/finish.js';
import { nextSteps, report } from '../src/render/report.js';
import { complete, existingAt, givenAt, start, unanswered, type Core, type Data, type Plan } from './shared.js';

/** Every key a full run needs ('existing' only follows runner: existing). */
export const ALL_KEYS = (Object.keys(Answers.shape) as (keyof Answers)[]).filter((k) => k !== 'existing');

/** Every answer (validated) → the whole first run in memory: secrets template, schema, migration pair, seed, state. */
export function plan(raw: Data, dest: string): Plan {
  const a = complete(raw, ALL_KEYS) as Answers;
  assertReplicaSafe(a);
  const built = buildInit(a, existingAt(dest), dest, now());
  const steps = built.design.migrations.length || built.design.handoff ? nextSteps(a, built.design) : '';
  return { files: built.files, after: [steps, built.snippet ?? '', report(built.design, built.schemaText, built.notes)] };
}

export const DB_SCHEMA: Core = {
  name: 'db-schema',
  description: 'design a database: intake, entities + relations, DDL review, migrations, seed',
  pending: (args, dest) => unanswered(givenAt(args, loadDesign(dest)), ALL_KEYS),
  gather: async (args, dest, inq) => {
    const { given } = start(args, dest, inq, ALL_KEYS);
    let a = await askIntake(inq, given);
    a = await askEntities(inq, a);
    a = await askReview(inq, a);
    a = await askMigrations(inq, a, dest);
    return askSeed(inq, a);
  },
  plan,
};
