/** Phase 5 hand-off: the seed module turns the current design into db/seed.sql for a tier (pure). */
import type { Design } from '../state/design-schema.js';
import type { SeedTier } from '../state/answers-schema.js';
import type { Schema } from '../state/physical-schema.js';
import type { FileRecord } from '../io/files.js';
import type { GroupSpec, PlannedGroup } from './types.js';
import { dialectOf } from '../dialects/registry.js';
import { fail } from '../cli/errors.js';
import { groupsFor, type Tier } from './tiers.js';
import { planGroup } from './plan.js';
import { UniqueBook } from './unique.js';
import { seedSql } from './render.js';
import { rowCounts, smokeSnippet } from './snippet.js';
import { provideSeed, SEED_PATH } from './lazy.js';
import { assertDistinctKeys } from './keys.js';
import { volumeSql } from './volume.js';
import { DEFAULT_ROWS } from './volume-plan.js';
import type { TableRows } from './volume-rows.js';

export { SEED_PATH };

export interface SeedResult { files: FileRecord[]; seed: NonNullable<Design['seed']>; snippet?: string }

export interface SeedPlan { specs: GroupSpec[]; groups: PlannedGroup[] }

/** Every group of a tier planned over the whole current schema (one unique book for the file). */
export function planSeed(schema: Schema, tier: Tier): SeedPlan {
  const specs = groupsFor(schema, tier);
  const book = new UniqueBook();
  const groups = specs.map((s) => planGroup(schema, s, book));
  assertDistinctKeys(groups);
  return { specs, groups };
}

/** db/seed.sql for a tier; `rows` (volume) defaults to the design's last volume, else 100000. */
export function seedFiles(design: Design, tier: SeedTier, rows?: number | TableRows): SeedResult {
  if (tier === 'skip') return { files: [], seed: { tier: 'skip', entities: [] } };
  if (!design.schema || !design.answers.db) fail('seed: the design has no schema yet; run `npx plop db-schema` first');
  const d = dialectOf(design.answers.db);
  if (tier === 'volume') {
    const n = rows ?? design.seed?.rows ?? design.answers.rows ?? DEFAULT_ROWS;
    const v = volumeSql(d, design.schema, n);
    const entities = design.schema.tables.filter((t) => t.entity && v.counts.get(t.name)).map((t) => t.entity!);
    const seed = { tier, file: SEED_PATH, entities, rows: typeof n === 'number' ? n : v.total }; // per table: the total recorded
    return { files: [{ path: SEED_PATH, body: v.body }], seed, snippet: smokeSnippet(d, design, v.counts, SEED_PATH) };
  }
  const { specs, groups } = planSeed(design.schema, tier);
  const body = seedSql(d, tier, groups, specs.map((s) => s.base));
  const counts = rowCounts(groups);
  const entities = design.schema.tables.filter((t) => t.entity && counts.get(t.name)).map((t) => t.entity!);
  return {
    files: [{ path: SEED_PATH, body }],
    seed: { tier, file: SEED_PATH, entities },
    snippet: smokeSnippet(d, design, counts, SEED_PATH),
  };
}

provideSeed(seedFiles);
