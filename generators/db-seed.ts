/** db-seed: seed data for the whole current design (smoke / rich / fixtures / volume), or skip; writes db/seed.sql and the state. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadDesign, requireDesign, serialiseDesign, STATE_PATH } from '../src/state/store.js';
import type { Design } from '../src/state/design-schema.js';
import type { Answers } from '../src/state/answers-schema.js';
import { SEED_PATH, seedFor, seedReady } from '../src/seed/lazy.js';
import { askSeed } from '../src/wizard/finish.js';
import type { CliArgs } from '../src/cli/args.js';
import { fail } from '../src/cli/errors.js';
import { givenAnswers } from '../src/cli/given.js';
import { applySeed, applyUrl } from '../src/seed/apply.js';
import { parseTableRows } from '../src/seed/volume-rows.js';
import { complete, givenAt, start, unanswered, type Core, type Data, type Plan } from './shared.js';

const WHAT = 'db-seed';
/** The resolved --apply URL in the run's data (never printed; `plan` ignores it). */
const APPLY = '__apply';
/** `--rows members=1000,loans=50000`: rows per table (volume), in the data beside the answers. */
const PER_TABLE = '__rowsPerTable';
const perTable = (args: CliArgs) => (args.values.rows?.includes('=') ? args.values.rows : undefined);

/** The answers apart from --apply (db-seed's own key, not an answer). */
const answersOf = (args: CliArgs): CliArgs => ({ ...args, values: Object.fromEntries(Object.entries(args.values)
  .filter(([k]) => k !== 'apply' && !(k === 'rows' && perTable(args)))) });

/** The tier over the current design: db/seed.sql (unless skip), then the state with the tier recorded. */
export async function plan(raw: Data, dest: string): Promise<Plan> {
  const design = requireDesign(dest, WHAT);
  const { [APPLY]: _url, [PER_TABLE]: byTable, ...answers } = raw;
  const { seed, rows } = complete(answers, ['seed']) as Pick<Answers, 'seed' | 'rows'>;
  await seedReady(seed);
  const r = seedFor(design, seed, (byTable as Record<string, number> | undefined) ?? rows);
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
  pending: (args, dest) => unanswered(givenAt(answersOf(args), loadDesign(dest), ['seed']), ['seed']),
  keys: ['seed', 'rows'],
  more: { apply: 'URL, or alone for DATABASE_URL (environment, secrets/db.env): then load db/seed.sql there, a line per batch (every tier)' },
  example: '--seed smoke',
  gather: async (args, dest, inq) => {
    const design = requireDesign(dest, WHAT);
    const { given } = start(answersOf(args), dest, inq, [], ['seed']);
    const apply = args.values.apply;
    const url = apply === undefined ? undefined : applyUrl(apply, dest, design.answers.db!);
    const a = await askSeed(inq, { seed: given.seed });
    if (url && a.seed === 'skip') fail('seed: --apply has nothing to load with --seed skip (choose smoke, rich, fixtures or volume)');
    const byTable = perTable(args);
    // rows said now (not the saved answers'): the volume tier's alone; the others plan their own counts (docs/seed.md)
    const said = byTable ?? givenAnswers(answersOf(args)).rows;
    if (said !== undefined && a.seed !== 'volume') {
      fail(`seed: --rows ${said} applies to the volume tier only (--seed volume); smoke, rich and fixtures plan their own rows`);
    }
    return { seed: a.seed, ...(given.rows !== undefined ? { rows: given.rows } : {}), ...(url ? { [APPLY]: url } : {}),
      ...(byTable ? { [PER_TABLE]: parseTableRows(byTable) } : {}) };
  },
  plan,
  load: async (data, dest, say) => {
    const url = data[APPLY];
    if (typeof url === 'string') await applySeed(readFileSync(join(dest, SEED_PATH), 'utf8'), String(data.seed), url, dest, say);
  },
};
