/**
 * db-entity: add entities (and their relations) to a design that has migrations already: a
 * diff-generated migration pair, db/schema.sql regenerated, the state updated last. The shared
 * `registerEvolver` also drives db-field and db-relation.
 */
import type { NodePlopAPI } from 'plop';
import type { Design } from '../src/state/design-schema.js';
import { destOf, parseArgs, type CliArgs } from '../src/cli/args.js';
import { givenAnswers, requireKeys } from '../src/cli/given.js';
import { fail } from '../src/cli/errors.js';
import { requireDesign } from '../src/state/store.js';
import { now } from '../src/core/paths.js';
import type { Inquirer } from '../src/wizard/io.js';
import type { Merged } from '../src/diff/merge.js';
import { addEntities } from '../src/diff/additions.js';
import { evolve } from '../src/diff/evolve.js';
import { askNewEntities, type Given } from '../src/diff/ask.js';
import { complete, DEST, destFrom, isInteractive, toActions } from './shared.js';

type Key = 'entities' | 'relations';

export interface Evolver {
  name: string;
  description: string;
  keys: Key[];                  // the answers it takes (the rest comes from db/design.json)
  required: Key[];              // must be given when there is no terminal
  defaults: Given;
  ask: (inq: Inquirer | undefined, design: Design, given: Given) => Promise<Given>;
  merge: (design: Design, given: Required<Given>) => Merged;
}

/** Given answers of an evolving generator: only its own keys; db, scale, orm, style come from the state. */
function givenFor(ev: Evolver, args: CliArgs): Given {
  const spec = givenAnswers(args);
  const other = Object.keys(spec).find((k) => !ev.keys.includes(k as Key));
  if (other) fail(`${ev.name}: '${other}' comes from db/design.json; give only ${ev.keys.join(' and ')}`);
  return spec as Given;
}

export function registerEvolver(plop: NodePlopAPI, ev: Evolver): void {
  plop.setGenerator(ev.name, {
    description: ev.description,
    prompts: async (inquirer: unknown) => {
      const args = parseArgs();
      const dest = destOf(args, plop.getDestBasePath());
      const design = requireDesign(dest, ev.name);
      const given = givenFor(ev, args);
      const interactive = isInteractive();
      requireKeys(given, ev.required, interactive);
      return { ...(await ev.ask(interactive ? (inquirer as Inquirer) : undefined, design, given)), [DEST]: dest };
    },
    actions: (data?: Record<string, unknown>) => {
      const raw = data ?? {};
      const dest = destFrom(plop, raw);
      const design = requireDesign(dest, ev.name);
      const a: Required<Given> = { entities: '', relations: [], ...(complete({ ...ev.defaults, ...raw }, ev.keys) as Given) };
      const evolved = evolve(design, ev.merge(design, a), dest, now(), ev.name);
      return toActions(dest, evolved.files, [evolved.report]);
    },
  });
}

export const DB_ENTITY: Evolver = {
  name: 'db-entity',
  description: 'add entities: a diff-generated migration pair (+ down), schema.sql and state updated',
  keys: ['entities', 'relations'],
  required: ['entities'],
  defaults: { relations: [] },
  ask: askNewEntities,
  merge: (d, a) => addEntities(d.model!, d.schema!, a.entities, a.relations),
};

export function registerDbEntity(plop: NodePlopAPI): void {
  registerEvolver(plop, DB_ENTITY);
}
