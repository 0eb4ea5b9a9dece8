/**
 * The seed renderer behind an async boundary: @faker-js/faker (ESM only, about a quarter of a second to load)
 * is imported only when a tier other than skip is rendered. `loadSeed()` first (the plopfile does, the bin
 * does when a plan asks for it), then `seedFor()` is synchronous. Importing ./index.js statically also
 * provides it (tests that render seeds directly).
 */
import type { Design } from '../state/design-schema.js';
import type { SeedTier } from '../state/answers-schema.js';
import type { SeedResult } from './index.js';

export const SEED_PATH = 'db/seed.sql';

type Render = (design: Design, tier: SeedTier, rows?: number | Record<string, number>) => SeedResult;
let render: Render | undefined;

/** Thrown by `seedFor` before `loadSeed()`: the caller awaits `loadSeed()` and plans again. */
export class SeedNotLoaded extends Error {
  constructor() {
    super('internal: the seed renderer is not loaded yet (await loadSeed() before planning a seed tier)');
    this.name = 'SeedNotLoaded';
  }
}

export function provideSeed(fn: Render): void {
  render = fn;
}

export async function loadSeed(): Promise<void> {
  if (!render) provideSeed((await import('./index.js')).seedFiles);
}

/** db/seed.sql for a tier (nothing for skip, which never needs faker). */
export function seedFor(design: Design, tier: SeedTier, rows?: number | Record<string, number>): SeedResult {
  if (tier === 'skip') return { files: [], seed: { tier: 'skip', entities: [] } };
  if (!render) throw new SeedNotLoaded();
  return render(design, tier, rows);
}
