/** db/design.json is read once per db-change (and db-entity) run: gather reads it under the run's lock and plan
 *  uses what gather read (the bin gathers and plans under one lock). plop's prompts drop it: its actions read the
 *  design again under their own lock. */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { DB_ENTITY } from '../generators/db-entity.js';
import { DB_CHANGE } from '../generators/db-change.js';
import { READ } from '../generators/shared.js';
import { buildInit } from '../src/core/init.js';
import { answers, CLOCK } from './entity-cases.js';
import { tempDir } from './support/temp.js';

function project(): string {
  const dir = tempDir('read-once');
  for (const f of buildInit(answers('postgres'), undefined, dir, CLOCK).files) {
    mkdirSync(dirname(join(dir, f.path)), { recursive: true });
    writeFileSync(join(dir, f.path), f.body);
  }
  return dir;
}

test.each([
  ['db-entity', DB_ENTITY, 'Crate: label', '[]'],
  ['db-change', DB_CHANGE, `${answers('postgres').entities}\nCrate: label`, JSON.stringify(answers('postgres').relations)],
] as const)('%s: plan uses the design gather read (db/design.json moved away in between)', async (_n, core, entities, relations) => {
  const dir = project();
  const data = await core.gather({ values: { entities, relations } }, dir, undefined);
  expect(data[READ]).toMatchObject({ migrations: [expect.objectContaining({ name: 'init_schema' })] });
  renameSync(join(dir, 'db/design.json'), join(dir, 'db/design.json.away'));
  const plan = await core.plan(data, dir);
  expect(plan.files.map((f) => f.path)).toEqual(expect.arrayContaining([expect.stringMatching(/^migrations\/\d{14}_\w+\.sql$/), 'db/design.json']));
  expect(plan.files.find((f) => f.path === 'db/design.json')?.body).toMatch(/"Crate"/);
  const { [READ]: _read, ...fresh } = data; // without it (plop's actions), plan reads db/design.json itself
  await expect(core.plan(fresh, dir)).rejects.toThrow(/no design in db\/design\.json yet/);
});
