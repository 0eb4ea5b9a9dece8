/** db-schema: the five phases chained (intake → entities → DDL review → migrations → seed), written at once. */
import type { NodePlopAPI } from 'plop';
import { Answers } from '../src/state/answers-schema.js';
import { buildInit } from '../src/core/init.js';
import { now } from '../src/core/paths.js';
import { askIntake, assertReplicaSafe } from '../src/wizard/intake.js';
import { askEntities } from '../src/wizard/entities.js';
import { askReview } from '../src/wizard/review.js';
import { askMigrations, askSeed } from '../src/wizard/finish.js';
import { nextSteps, report } from '../src/render/report.js';
import type { Inquirer } from '../src/wizard/io.js';
import { complete, DEST, destFrom, existingAt, start, toActions } from './shared.js';

export const ALL_KEYS = Object.keys(Answers.shape) as (keyof Answers)[];

export function registerDbSchema(plop: NodePlopAPI): void {
  plop.setGenerator('db-schema', {
    description: 'design a database: intake, entities + relations, DDL review, migrations, seed',
    prompts: async (inquirer: unknown) => {
      const { dest, given, inq } = start(plop, inquirer as Inquirer, ALL_KEYS);
      let a = await askIntake(inq, given);
      a = await askEntities(inq, a);
      a = await askReview(inq, a);
      a = await askMigrations(inq, a);
      a = await askSeed(inq, a);
      return { ...a, [DEST]: dest };
    },
    actions: (data?: Record<string, unknown>) => {
      const raw = data ?? {};
      const dest = destFrom(plop, raw);
      const a = complete(raw, ALL_KEYS) as Answers;
      assertReplicaSafe(a);
      const built = buildInit(a, existingAt(dest), dest, now());
      const steps = built.design.migrations.length || built.design.handoff ? nextSteps(a) : '';
      return toActions(dest, built.files, [steps, built.snippet ?? '', report(built.design, built.schemaText, built.notes)]);
    },
  });
}
