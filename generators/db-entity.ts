/**
 * db-entity: add entities (and their relations) to a design that has migrations already: a
 * diff-generated migration pair, db/schema.sql regenerated, the state updated last. The shared
 * `evolver` also makes db-field and db-relation.
 */
import type { Design } from '../src/state/design-schema.js';
import type { CliArgs } from '../src/cli/args.js';
import { givenAnswers, requireKeys } from '../src/cli/given.js';
import { fail } from '../src/cli/errors.js';
import { requireDesign } from '../src/state/store.js';
import { verifyMigrations } from '../src/core/checksums.js';
import { now } from '../src/core/paths.js';
import type { Inquirer } from '../src/wizard/io.js';
import type { Merged } from '../src/model/merge.js';
import { addEntities } from '../src/model/additions.js';
import { evolve } from '../src/core/evolve.js';
import { askNewEntities, type Given } from '../src/wizard/ask.js';
import { complete, type Core, type Data, type Plan } from './shared.js';

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

/** The design evolved in memory: the migration pair, schema.sql and the state (last), then the report. */
export function planEvolution(ev: Evolver, raw: Data, dest: string): Plan {
  const design = requireDesign(dest, ev.name);
  verifyMigrations(dest, design);
  const a: Required<Given> = { entities: '', relations: [], ...(complete({ ...ev.defaults, ...raw }, ev.keys) as Given) };
  const evolved = evolve(design, ev.merge(design, a), dest, now(), ev.name);
  return { files: evolved.files, after: [evolved.report] };
}

export function evolver(ev: Evolver): Core {
  return {
    name: ev.name,
    description: ev.description,
    pending: (args, dest) => {
      requireDesign(dest, ev.name);
      const given = givenFor(ev, args);
      return ev.keys.filter((k) => given[k] === undefined);
    },
    gather: async (args, dest, inq) => {
      const design = requireDesign(dest, ev.name);
      const given = givenFor(ev, args);
      requireKeys(given, ev.required, !!inq);
      return { ...(await ev.ask(inq, design, given)) };
    },
    plan: (data, dest) => planEvolution(ev, data, dest),
  };
}

export const DB_ENTITY = evolver({
  name: 'db-entity',
  description: 'add entities: a diff-generated migration pair (+ down), schema.sql and state updated',
  keys: ['entities', 'relations'],
  required: ['entities'],
  defaults: { relations: [] },
  ask: askNewEntities,
  merge: (d, a) => addEntities(d.model!, d.schema!, a.entities, a.relations),
});
