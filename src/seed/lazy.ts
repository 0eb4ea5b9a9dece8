/**
 * The seed renderer behind an async boundary: @faker-js/faker (ESM only, about a quarter of a second to load)
 * is imported only when a tier other than skip is rendered: a plan awaits `seedReady(tier)` first, then
 * `seedFor()` is synchronous. Importing ./index.js statically also provides it (tests that render seeds directly).
 */
import type { Design } from '../state/design-schema.js';
import type { SeedTier } from '../state/answers-schema.js';
import type { SeedResult } from './index.js';
import { fullTier } from '../cli/v8-tier.js';
import { importEsm } from '../base/esm-import.js';

export const SEED_PATH = 'db/seed.sql';

type Render = (design: Design, tier: SeedTier, rows?: number | Record<string, number>) => SeedResult;
let render: Render | undefined;

export function provideSeed(fn: Render): void {
  render = fn;
}

export async function loadSeed(): Promise<void> {
  if (render) return;
  await importEsm('@faker-js/faker'); // first: the bin's bundle hands this module to rng.ts (scripts/bundle-bin.mjs)
  provideSeed((await import('./index.js')).seedFiles);
}

/** Before a plan that renders `tier`: faker is loaded only for a tier other than skip (none: nothing to load),
 *  and V8's optimizing compiler is back on. */
export async function seedReady(tier: SeedTier | undefined): Promise<void> {
  if (!tier || tier === 'skip') return;
  fullTier(); // the seed's rows are hot loops: TurboFan on again if the bin turned it off (cli/v8-tier.ts)
  await loadSeed();
}

/** db/seed.sql for a tier (nothing for skip, which never needs faker). */
export function seedFor(design: Design, tier: SeedTier, rows?: number | Record<string, number>): SeedResult {
  if (tier === 'skip') return { files: [], seed: { tier: 'skip', entities: [] } };
  if (!render) throw new Error('internal: the seed renderer is not loaded (await seedReady(tier) before planning)');
  return render(design, tier, rows);
}
