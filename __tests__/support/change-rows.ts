/** A db-change test's database with rows: the design's init up and the library rows (change-cases.ts), read back. */
import type { Catalog, Engine } from './engines.js';
import { CLOCK, SEED } from '../change-cases.js';
import type { Design } from '../../src/state/design-schema.js';
import { buildInit } from '../../src/core/init.js';

export const initUpOf = (design: Design) => buildInit({ ...(design.answers as Parameters<typeof buildInit>[0]) }, undefined, '/nonexistent', CLOCK)
  .files.find((f) => f.path.endsWith('_init_schema.sql'))!.body;

const q = (e: Engine, n: string) => (e.id === 'mysql' ? `\`${n}\`` : `"${n}"`);

/** Every row of every table of `cat`, in key order. */
export async function rows(e: Engine, cat: Catalog): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const [t, info] of Object.entries(cat.tables)) out[t] = await e.query(`SELECT * FROM ${q(e, t)} ORDER BY ${info.primaryKey.join(', ')}`);
  return out;
}

/** The init up and the rows (and `extra` statements) applied: the catalog and the rows as they are then. */
export async function seeded(e: Engine, design: Design, extra = ''): Promise<{ cat: Catalog; data: Record<string, unknown[]> }> {
  await e.exec(initUpOf(design));
  await e.exec(SEED + extra);
  const cat = await e.catalog();
  return { cat, data: await rows(e, cat) };
}
