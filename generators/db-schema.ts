/** db-schema: the five phases chained (intake → entities → DDL review → migrations → seed), written at once. */
import { Answers } from '../src/state/answers-schema.js';
import { buildInit } from '../src/core/init.js';
import { now } from '../src/core/paths.js';
import { loadDesign } from '../src/state/store.js';
import { askIntake, assertReplicaSafe } from '../src/wizard/intake.js';
import { askEntities } from '../src/wizard/entities.js';
import { askReview } from '../src/wizard/review.js';
import { askMigrations, askSeed } from '../src/wizard/finish.js';
import { nextSteps } from '../src/report/next-steps.js';
import { keeping, opening, screensAhead } from '../src/wizard/resume.js';
import { expectScreens } from '../src/wizard/tty/session.js';
import { allowed, givenAnswers, requireKeys } from '../src/cli/given.js';
import { seedReady } from '../src/seed/lazy.js';
import { complete, existingAt, givenAt, OPTIONAL, SAID, unanswered, type Core, type Data, type Plan } from './shared.js';

/** Every key a run needs (optional ones, like `timestamps` or `existing` after runner: existing, are never asked here). */
export const ALL_KEYS = (Object.keys(Answers.shape) as (keyof Answers)[]).filter((k) => !Answers.shape[k].safeParse(undefined).success);

/** Every answer (validated) → the whole first run in memory: secrets template, schema, migration pair, seed, state. */
export async function plan(raw: Data, dest: string): Promise<Plan> {
  const a = complete(raw, ALL_KEYS) as Answers;
  assertReplicaSafe(a);
  await seedReady(a.seed);
  const built = buildInit(a, existingAt(dest), dest, now());
  const steps = built.design.migrations.length || built.design.handoff ? nextSteps(a, built.design) : '';
  return { files: built.files, after: [steps, built.snippet ?? '', built.report] };
}

export const DB_SCHEMA: Core = {
  name: 'db-schema',
  description: 'design a database: intake, entities + relations, DDL review, migrations, seed',
  pending: (args, dest) => unanswered(givenAt(args, loadDesign(dest)), ALL_KEYS),
  keys: ALL_KEYS,
  more: {
    existing: `${allowed('existing')} (the runner in use, with runner: existing)`,
    timestamps: 'created_at/updated_at on every entity: both|created|none (default both; @timestamps on a line overrides)',
    rows: 'volume tier: rows over the whole design (default 100000)',
    safety: 'online|offline: later migrations lock-safe or plain (default online at multi-replica scale)',
    lockTimeout: 'online PostgreSQL files: SET lock_timeout, e.g. 2s (the default)',
    statementTimeout: 'online PostgreSQL files: SET statement_timeout, e.g. 60s (the default)',
  },
  example: '--spec examples/blog.json   or   -- --intake "A blog…" --db postgres --orm none --scale team …',
  gather: async (args, dest, plain) => {
    const inq = plain && keeping(plain, dest); // the answers kept as they are given (a cancelled run resumes)
    const open = await opening(inq, dest, givenAnswers(args));
    if ('finished' in open) return { [SAID]: open.finished }; // nothing to write: said so
    requireKeys({ ...OPTIONAL, ...open.given }, ALL_KEYS, !!inq);
    let a = await askIntake(inq, open.given);
    if (inq) expectScreens(screensAhead(a)); // the ORM is known now: a hand-off asks neither runner nor irreversible tables
    a = await askEntities(inq, a);
    a = await askReview(inq, a);
    a = await askMigrations(inq, a, dest);
    return askSeed(inq, a);
  },
  plan,
};
