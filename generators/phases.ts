/** One generator per phase (db-intake, db-entities, db-ddl, db-migrations): re-run or resume one alone. */
import type { NodePlopAPI } from 'plop';
import type { Answers, Spec } from '../src/state/answers-schema.js';
import { askIntake, assertReplicaSafe, INTAKE_KEYS } from '../src/wizard/intake.js';
import { askEntities } from '../src/wizard/entities.js';
import { askReview } from '../src/wizard/review.js';
import { askMigrations } from '../src/wizard/finish.js';
import type { Inquirer } from '../src/wizard/io.js';
import { buildDdl, saveAnswers } from '../src/core/phases.js';
import { buildInit, type Built, type InitAnswers } from '../src/core/init.js';
import { nextSteps, report } from '../src/render/report.js';
import { now } from '../src/core/paths.js';
import { complete, DEST, destFrom, existingAt, start, toActions } from './shared.js';

type Key = keyof Answers;
interface Phase {
  name: string; description: string; own: Key[]; before: Key[];
  ask: (inq: Inquirer | undefined, a: Spec) => Promise<Spec>;
  build: (a: Spec, dest: string) => { built: Built; after: string[] };
}

const ENTITY_KEYS: Key[] = ['entities', 'relations'];
const INTAKE: Key[] = [...INTAKE_KEYS];
const saved = (built: Built) => ({ built, after: ['answers saved in db/design.json'] });

export const PHASES: Phase[] = [
  { name: 'db-intake', description: 'phase 1: app, engine, ORM, scale, style, migration control', own: INTAKE, before: [],
    ask: askIntake, build: (a, dest) => saved(saveAnswers(existingAt(dest), assertReplicaSafe(complete(a, INTAKE)), false)) },
  { name: 'db-entities', description: 'phase 2: entities and the relations matrix', own: ENTITY_KEYS, before: ['intake'],
    ask: askEntities, build: (a, dest) => saved(saveAnswers(existingAt(dest), complete(a, ENTITY_KEYS), true)) },
  { name: 'db-ddl', description: 'phase 3: db/schema.sql and its review', own: ['review'], before: [...INTAKE, ...ENTITY_KEYS],
    ask: askReview, build: (a, dest) => ({ built: buildDdl(complete(a, [...INTAKE, ...ENTITY_KEYS]), existingAt(dest), now()), after: [] }) },
  { name: 'db-migrations', description: 'phase 4: first migration pair, secrets template, runner wiring', own: ['irreversible', 'runner'],
    before: [...INTAKE, ...ENTITY_KEYS, 'review'], ask: askMigrations,
    build: (a, dest) => {
      const full = complete(a, [...INTAKE, ...ENTITY_KEYS, 'review', 'irreversible', 'runner']) as InitAnswers;
      const built = buildInit(full, existingAt(dest), dest, now());
      return { built, after: [nextSteps(full), report(built.design, built.schemaText, built.notes)] };
    } },
];

export function registerPhases(plop: NodePlopAPI): void {
  for (const p of PHASES) {
    plop.setGenerator(p.name, {
      description: p.description,
      prompts: async (inquirer: unknown) => {
        const { dest, given, inq } = start(plop, inquirer as Inquirer, p.before, p.own);
        return { ...(await p.ask(inq, given)), [DEST]: dest };
      },
      actions: (data?: Record<string, unknown>) => {
        const dest = destFrom(plop, data ?? {});
        const { built, after } = p.build({ ...existingAt(dest)?.answers, ...(data ?? {}) } as Spec, dest);
        return toActions(dest, built.files, after);
      },
    });
  }
}
