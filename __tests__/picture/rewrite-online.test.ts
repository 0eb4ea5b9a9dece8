/**
 * The picture follows the design on the online and data-step paths too (they used to leave db/schema.md, .svg
 * and .dbml as they were): an online expand, a data step offline and online, each rewrites all three with the
 * design it leaves, byte for byte what the picture of that design is.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LINES, RELATIONS } from '../change-cases.js';
import { planChange } from '../../src/change/plan.js';
import { ChangeSpec } from '../../src/change/spec.js';
import { pictureRecords, PICTURE_PATHS } from '../../src/picture/files.js';
import type { Result } from '../../src/core/pipeline.js';
import { onlineProject, runCase } from '../online/project.js';

const LATER = new Date('2026-03-05T05:06:07Z');
const PATHS = Object.values(PICTURE_PATHS);

function expectPicture(out: Result, table: string) {
  const written = out.files.filter((f) => PATHS.includes(f.path as never));
  expect(written.map((f) => f.path)).toEqual(PATHS);
  expect(written).toEqual(pictureRecords(out.design)); // the design it leaves, not the one before
  const [md, svg, dbml] = written.map((f) => f.body);
  expect(md).toMatch(new RegExp(`^ {4}${table} \\{$`, 'm'));
  expect(svg).toContain(`data-table="${table}"`);
  expect(dbml).toContain(`Table "${table}"`);
}

function dataStep(safety: 'online' | 'offline', tag: string): Result {
  const p = onlineProject('postgres', safety, 'dbmate', tag);
  writeFileSync(join(p.dir, 'move.sql'), 'INSERT INTO author_bios (body, author_id) SELECT bio, id FROM authors;\n');
  const entities = Object.values({ ...LINES, Author: 'Author: name, is_active' }).join('\n') + '\nAuthorBio: body:text';
  return planChange(p.design, ChangeSpec.parse({
    entities, relations: [...RELATIONS, { from: 'Author', to: 'AuthorBio', kind: 'one-to-many' }], allowDestructive: true, data: { up: 'move.sql' },
  }), p.dir, LATER);
}

test.each(['online', 'offline'] as const)('a data step (%s) rewrites the picture with the new table', (safety) => {
  const out = dataStep(safety, `picture-data-${safety}`);
  expect(out.design.migrations.some((m) => m.name.endsWith('_data'))).toBe(true);
  expectPicture(out, 'author_bios');
});

test('an online expand (a column rename) rewrites the picture with the new name', () => {
  const p = onlineProject('postgres', 'online', 'dbmate', 'picture-online');
  const { change } = runCase(p, 'renameColumn', false);
  expect(change.design.contract).toBeDefined(); // an expand: the contract is left for later
  expectPicture(change, 'books');
  const md = (r: { path: string; body: string }[]) => r.find((f) => f.path === PICTURE_PATHS.md)!.body;
  expect(md(pictureRecords(p.design))).toMatch(/ title\b/);
  expect(md(change.files)).toMatch(/ headline\b/);
  expect(md(change.files)).not.toMatch(/ title\b/);
});
