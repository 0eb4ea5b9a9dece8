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
import { addedInferred } from '../src/report/evolve.js';
import { askNewEntities, type Given } from '../src/wizard/ask.js';
import { complete, designOf, READ, SAID, type Core, type Data, type Plan } from './shared.js';
import type { FileRecord } from '../src/io/files.js';
import type { SeedTier } from '../src/state/answers-schema.js';
import { serialiseDesign, STATE_PATH } from '../src/state/store.js';
import { SEED_PATH, seedFor, seedReady } from '../src/seed/lazy.js';
import { previewConfirm, staleLine, staleSeed, type Confirmed } from '../src/wizard/preview.js';
import { planChecked } from '../src/io/expr-check.js';

/** The answer to the preview (write, write and refresh the seed, cancel); absent without a terminal. */
export const CONFIRM = '__confirm';

/** The clock of the run, fixed when the answers are gathered: the migration previewed is the one written. */
export const CLOCK_AT = '__clock';
export const clockOf = (d: Data): Date => (typeof d[CLOCK_AT] === 'string' ? new Date(d[CLOCK_AT] as string) : now());

type Key = 'entities' | 'relations';

export interface Evolver {
  name: string;
  description: string;
  keys: Key[];                  // the answers it takes (the rest comes from db/design.json)
  required: Key[];              // must be given when there is no terminal
  defaults: Given;
  example: string;
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
export async function planEvolution(ev: Evolver, raw: Data, dest: string): Promise<Plan> {
  const design = designOf(raw, dest, ev.name);
  verifyMigrations(dest, design);
  const a: Required<Given> = { entities: '', relations: [], ...(complete({ ...ev.defaults, ...raw }, ev.keys) as Given) };
  const merged = ev.merge(design, a);
  const evolved = evolve(design, merged, dest, clockOf(raw), ev.name);
  const stale = staleSeed(design);
  if (stale && raw[CONFIRM] === 'write-seed') return await withSeed(evolved.files, evolved.design, stale as SeedTier, evolved.report);
  return { files: evolved.files, after: [evolved.report, stale ? `Note: ${staleLine(stale)}` : ''], inferred: addedInferred(merged) };
}

/** The evolved files with db/seed.sql rendered for the new design; the state (with the seed recorded) last. */
export async function withSeed(files: FileRecord[], design: Design, tier: SeedTier, report: string): Promise<Plan> {
  await seedReady(tier);
  const seed = seedFor(design, tier);
  const state = { path: STATE_PATH, body: serialiseDesign({ ...design, seed: seed.seed }) };
  return { files: [...files.filter((f) => f.path !== STATE_PATH), ...seed.files, state], after: [report, seed.snippet ?? '', `seed: ${tier} → ${SEED_PATH} refreshed`] };
}

/** The preview's answer in the run's data; cancelled: nothing to write, said so. */
export const confirmed = (name: string, data: Data, c: Confirmed): Data =>
  (c === 'cancel' ? { [SAID]: `${name}: cancelled at the preview; nothing written` } : { ...data, [CONFIRM]: c });

export function evolver(ev: Evolver): Core {
  return {
    name: ev.name,
    description: ev.description,
    keys: ev.keys,
    example: ev.example,
    pending: (args, dest) => {
      requireDesign(dest, ev.name);
      const given = givenFor(ev, args);
      return ev.keys.filter((k) => given[k] === undefined);
    },
    gather: async (args, dest, inq) => {
      const design = requireDesign(dest, ev.name);
      const given = givenFor(ev, args);
      requireKeys(given, ev.required, !!inq);
      const data: Data = { ...(await ev.ask(inq, design, given)), [CLOCK_AT]: now().toISOString(), [READ]: design };
      if (!inq) return data;
      const plan = await planChecked(dest, () => planEvolution(ev, data, dest)); // a refused change stops here, before the preview
      return confirmed(ev.name, data, await previewConfirm(ev.name, plan.files, staleSeed(design), plan.inferred));
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
  example: `--entities "Branch: name, city" --relations '[{"from":"Branch","to":"Post","kind":"one-to-many"}]'`,
  ask: askNewEntities,
  merge: (d, a) => addEntities(d.model!, d.schema!, a.entities, a.relations),
});
