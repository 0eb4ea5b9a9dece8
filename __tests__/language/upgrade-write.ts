/** The next generator that writes after an upgrade on read (upgrade.test.ts, upgrade-v2.test.ts): db-entity adds
 *  one table through the bin; the state is version 3, the old entities and ids kept, the migration only the new table. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadDesign } from '../../src/state/store.js';
import { Design } from '../../src/state/design-schema.js';
import { runBin } from '../support/bin-run.js';

export function addBadge(pkg: string, dest: string): { after: Design; up: string } {
  const before = loadDesign(dest)!;
  const spec = join(dest, 'add.json');
  writeFileSync(spec, JSON.stringify({ entities: 'Badge: label:string(40), code:char(4):unique', relations: [] }));
  const run = runBin(pkg, ['db-entity', '--', '--spec', spec, '--dest', dest], dest);
  expect([run.status, run.err]).toEqual([0, []]);
  const after = Design.parse(JSON.parse(readFileSync(join(dest, 'db', 'design.json'), 'utf8')));
  expect(after.version).toBe(3);
  expect(after.model!.entities.slice(0, -1)).toEqual(before.model!.entities);
  const up = readFileSync(join(dest, after.migrations.at(-1)!.up), 'utf8');
  expect(up.match(/CREATE TABLE[^(]*/g)).toEqual([expect.stringContaining('badges')]);
  return { after, up };
}
