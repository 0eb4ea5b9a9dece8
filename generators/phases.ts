/** One generator per phase (db-intake, db-entities, db-ddl, db-migrations): re-run or resume one alone. */
import type { Answers, Spec } from '../src/state/answers-schema.js';
import { askIntake, assertReplicaSafe, INTAKE_KEYS } from '../src/wizard/intake.js';
import { askEntities } from '../src/wizard/entities.js';
import { askReview } from '../src/wizard/review.js';
import { askMigrations } from '../src/wizard/finish.js';
import type { Inquirer } from '../src/wizard/io.js';
import { buildDdl, saveAnswers } from '../src/core/phases.js';
import { buildInit, type InitAnswers } from '../src/core/init.js';
import type { Result } from '../src/core/pipeline.js';
import { nextSteps } from '../src/report/next-steps.js';
import { now } from '../src/core/paths.js';
import { loadDesign } from '../src/state/store.js';
import { seedReady } from '../src/seed/lazy.js';
import { complete, existingAt, givenAt, start, unanswered, type Core } from './shared.js';

type Key = keyof Answers;
interface Phase {
  name: string; description: string; own: Key[]; before: Key[];
  ask: (inq: Inquirer | undefined, a: Spec, dest: string) => Promise<Spec>;
  build: (a: Spec, dest: string) => { built: Result; after: string[] };
}

const ENTITY_KEYS: Key[] = ['entities', 'relations'];
const INTAKE: Key[] = [...INTAKE_KEYS];
const saved = (built: Result) => ({ built, after: ['answers saved in db/design.json'] });

const PHASE_LIST: Phase[] = [
  { name: 'db-intake', description: 'phase 1: app, engine, ORM, scale, style, migration control', own: INTAKE, before: [],
    ask: askIntake, build: (a, dest) => saved(saveAnswers(existingAt(dest), assertReplicaSafe(complete(a, INTAKE)), false)) },
  { name: 'db-entities', description: 'phase 2: entities and the relations matrix', own: ENTITY_KEYS, before: ['intake'],
    ask: (inq, a) => askEntities(inq, a), build: (a, dest) => saved(saveAnswers(existingAt(dest), complete(a, ENTITY_KEYS), true)) },
  { name: 'db-ddl', description: 'phase 3: db/schema.sql and its review', own: ['review'], before: [...INTAKE, ...ENTITY_KEYS],
    ask: askReview, build: (a, dest) => ({ built: buildDdl(complete(a, [...INTAKE, ...ENTITY_KEYS]), existingAt(dest), now()), after: [] }) },
  { name: 'db-migrations', description: 'phase 4: first migration pair, secrets template, runner wiring', own: ['irreversible', 'runner'],
    before: [...INTAKE, ...ENTITY_KEYS, 'review'], ask: askMigrations,
    build: (a, dest) => {
      const full = complete(a, [...INTAKE, ...ENTITY_KEYS, 'review', 'irreversible', 'runner']) as InitAnswers;
      const built = buildInit(full, existingAt(dest), dest, now());
      return { built, after: [nextSteps(full, built.design), built.report] };
    } },
];

/** A phase as a generator: its own keys are asked again even when saved; the ones before must be known. */
const asCore = (p: Phase): Core => ({
  name: p.name,
  description: p.description,
  pending: (args, dest) => unanswered(givenAt(args, loadDesign(dest), p.own), [...p.before, ...p.own]),
  keys: [...p.before, ...p.own],
  example: `--spec examples/blog.json   (the keys before ${p.own[0]} may come from db/design.json)`,
  gather: async (args, dest, inq) => p.ask(inq, start(args, dest, inq, p.before, p.own).given, dest),
  plan: async (data, dest) => {
    const a = { ...existingAt(dest)?.answers, ...data } as Spec;
    await seedReady(a.seed);
    const { built, after } = p.build(a, dest);
    return { files: built.files, after };
  },
});

export const PHASES: Core[] = PHASE_LIST.map(asCore);
