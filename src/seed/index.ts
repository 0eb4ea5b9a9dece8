/** Phase 5 hand-off: the seed module turns the current design into db/seed.sql for a tier. */
import type { Design } from '../state/design-schema.js';
import type { SeedTier } from '../state/answers-schema.js';
import type { FileRecord } from '../io/files.js';

export interface SeedResult { files: FileRecord[]; seed: NonNullable<Design['seed']>; snippet?: string }

export function seedFiles(design: Design, tier: SeedTier): SeedResult {
  if (tier === 'skip') return { files: [], seed: { tier: 'skip', entities: [] } };
  throw new Error(`seed tier '${tier}': the seed generator is not built yet`);
}
