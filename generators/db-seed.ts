/** db-seed: seed data for the whole current design (smoke / rich / fixtures), or skip; writes db/seed.sql and the state. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { NodePlopAPI } from 'plop';
import { destOf, parseArgs } from '../src/cli/args.js';
import { requireDesign, serialiseDesign, STATE_PATH } from '../src/state/store.js';
import type { Design } from '../src/state/design-schema.js';
import { SEED_PATH, seedFiles } from '../src/seed/index.js';
import { askSeed } from '../src/wizard/finish.js';
import type { Inquirer } from '../src/wizard/io.js';
import { complete, DEST, destFrom, start, toActions } from './shared.js';

const WHAT = 'db-seed';

export function registerDbSeed(plop: NodePlopAPI): void {
  plop.setGenerator('db-seed', {
    description: 'phase 5: seed data for the current design (smoke, rich, fixtures or skip) → db/seed.sql',
    prompts: async (inquirer: unknown) => {
      requireDesign(destOf(parseArgs(), plop.getDestBasePath()), WHAT);
      const { dest, given, inq } = start(plop, inquirer as Inquirer, [], ['seed']);
      const a = await askSeed(inq, { seed: given.seed });
      return { seed: a.seed, [DEST]: dest };
    },
    actions: (data?: Record<string, unknown>) => {
      const raw = data ?? {};
      const dest = destFrom(plop, raw);
      const design = requireDesign(dest, WHAT);
      const { seed } = complete(raw, ['seed']);
      const r = seedFiles(design, seed);
      const next: Design = { ...design, answers: { ...design.answers, seed }, seed: r.seed };
      const notes = seed === 'skip'
        ? ['seed skipped (recorded in db/design.json); choose a tier later with `npx plop db-seed`',
          existsSync(join(dest, SEED_PATH)) ? `${SEED_PATH} from an earlier run is left as it is` : '']
        : [`seed: ${seed} → ${SEED_PATH} (${r.seed.entities.length} entities: ${r.seed.entities.join(', ')})`];
      return toActions(dest, [...r.files, { path: STATE_PATH, body: serialiseDesign(next) }], [r.snippet ?? '', ...notes]);
    },
  });
}
