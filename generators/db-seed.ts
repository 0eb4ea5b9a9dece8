/** db-seed: seed data for the whole current design (smoke / rich / fixtures / volume), or skip; writes db/seed.sql and the state. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadDesign, requireDesign, serialiseDesign, STATE_PATH } from '../src/state/store.js';
import type { Design } from '../src/state/design-schema.js';
import type { Answers } from '../src/state/answers-schema.js';
import { SEED_PATH, seedFor } from '../src/seed/lazy.js';
import { askSeed } from '../src/wizard/finish.js';
import { complete, givenAt, start, unanswered, type Core, type Data, type Plan } from './shared.js';

const WHAT = 'db-seed';

/** The tier over the current design: db/seed.sql (unless skip), then the state with the tier recorded. */
export function plan(raw: Data, dest: string): Plan {
  const design = requireDesign(dest, WHAT);
  const { seed, rows } = complete(raw, ['seed']) as Pick<Answers, 'seed' | 'rows'>;
  const r = seedFor(design, seed, rows);
  const next: Design = { ...design, answers: { ...design.answers, seed }, seed: r.seed };
  const notes = seed === 'skip'
    ? ['seed skipped (recorded in db/design.json); choose a tier later with `npx plop db-seed`',
      existsSync(join(dest, SEED_PATH)) ? `${SEED_PATH} from an earlier run is left as it is` : '']
    : [`seed: ${seed}${r.seed.rows ? ` (${r.seed.rows} rows asked)` : ''} → ${SEED_PATH} (${r.seed.entities.length} entities: ${r.seed.entities.join(', ')})`];
  return { files: [...r.files, { path: STATE_PATH, body: serialiseDesign(next) }], after: [r.snippet ?? '', ...notes] };
}

export const DB_SEED: Core = {
  name: WHAT,
  description: 'phase 5: seed data for the current design (smoke, rich, fixtures, volume or skip) → db/seed.sql',
  pending: (args, dest) => unanswered(givenAt(args, loadDesign(dest), ['seed']), ['seed']),
  keys: ['seed', 'rows'],
  example: '--seed smoke',
  gather: async (args, dest, inq) => {
    requireDesign(dest, WHAT);
    const { given } = start(args, dest, inq, [], ['seed']);
    const a = await askSeed(inq, { seed: given.seed });
    return { seed: a.seed, ...(given.rows !== undefined ? { rows: given.rows } : {}) };
  },
  plan,
};
