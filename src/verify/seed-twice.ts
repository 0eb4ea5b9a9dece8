/** db/seed.sql run twice on the replayed schema: no error, and no table gains rows the second time. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Design } from '../state/design-schema.js';
import type { Dialect } from '../dialects/dialect.js';
import type { Finding } from './finding.js';
import type { Scratch } from './scratch.js';
import { rf, runPart } from './run-part.js';

export async function seedTwice(dest: string, design: Design, d: Dialect, db: Scratch): Promise<Finding[]> {
  const file = design.seed?.file ?? 'db/seed.sql';
  if (!existsSync(join(dest, file))) return [];
  const part = { file, sql: readFileSync(join(dest, file), 'utf8'), line: 1 };
  const count = async () => Promise.all(design.schema!.tables.map(async (t) =>
    Number(Object.values((await db.conn.query(`SELECT COUNT(*) AS n FROM ${d.quote(t.name)}`))[0] ?? {})[0] ?? 0)));
  const first = await runPart(db, part, 'the seed');
  const again = `write it again for the design as it is now: npx plop db-seed -- --seed ${design.seed?.tier ?? 'smoke'}`;
  if (first) return [{ ...first, fix: again }]; // db-seed rewrites the file whole: no new migration mends it
  const before = await count();
  const second = await runPart(db, part, 'the seed, run a second time');
  if (second) return [{ ...second, rule: 'seed-not-repeatable' }];
  const after = await count();
  const more = design.schema!.tables.flatMap((t, i) => (after[i] !== before[i] ? [`${t.name} ${before[i]} → ${after[i]}`] : []));
  return more.length ? [rf(file, 1, 'seed-not-repeatable', `a second run adds rows: ${more.join(', ')}`,
    'the seed must insert only what is missing (ON CONFLICT DO NOTHING / INSERT IGNORE / OR IGNORE)')] : [];
}
