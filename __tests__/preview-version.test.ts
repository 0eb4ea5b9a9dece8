/** The version is fixed when the answers are gathered (the preview is planned from them): the file shown is
 *  the file written, however long the preview stays on screen. db-entity and db-change. */
import { DB_ENTITY, CLOCK_AT } from '../generators/db-entity.js';
import { DB_CHANGE } from '../generators/db-change.js';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { timestamp } from '../src/core/paths.js';
import { buildInit } from '../src/core/init.js';
import { answers, CLOCK } from './entity-cases.js';
import { tempDir } from './support/temp.js';

function project(): string {
  const dir = tempDir('preview-version');
  for (const f of buildInit(answers('postgres'), undefined, dir, CLOCK).files) {
    mkdirSync(dirname(join(dir, f.path)), { recursive: true });
    writeFileSync(join(dir, f.path), f.body);
  }
  return dir;
}

const migrationOf = (paths: string[]) => paths.find((p) => /^migrations\/\d{14}_.*(?<!\.down)\.sql$/.test(p))!;

test.each([
  ['db-entity', DB_ENTITY, 'Crate: label', '[]'],
  ['db-change', DB_CHANGE, `${answers('postgres').entities}\nCrate: label`, JSON.stringify(answers('postgres').relations)],
] as const)('%s: the migration planned 1.2 s after gathering carries the gathered version', async (_n, core, entities, relations) => {
  const dir = project();
  const data = await core.gather({ values: { entities, relations } }, dir, undefined);
  expect(typeof data[CLOCK_AT]).toBe('string');
  const shown = migrationOf((await core.plan(data, dir)).files.map((f) => f.path));
  await new Promise((r) => setTimeout(r, 1200));
  const written = migrationOf((await core.plan(data, dir)).files.map((f) => f.path));
  expect(written).toBe(shown);
  expect(written.slice('migrations/'.length, 'migrations/'.length + 14)).toBe(timestamp(new Date(data[CLOCK_AT] as string)));
});
