/** Every refusal is one line (a UserError, `[ERROR] …` from plop) and leaves the folder exactly as it was. */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { blog, blogAt, run } from './entity-cases.js';
import { tempDir } from './support/temp.js';

const tree = (dir: string): Record<string, string> => Object.fromEntries(
  readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => {
    const rel = join(e.parentPath, e.name).slice(dir.length + 1);
    return [rel, readFileSync(join(dir, rel), 'utf8')];
  }),
);

async function refuses(dest: string, gen: string, answers: object, message: RegExp): Promise<void> {
  const before = tree(dest);
  const err = await run(dest, gen, answers).then(() => undefined, (e: Error) => e);
  // node-plop's API keeps a failed action's message only (runGenerator rethrows it); the UserError class and the
  // `[ERROR]` line are proven through plop's and the bin's command lines (plop-quiet, bin-refusals)
  expect(err).toBeInstanceOf(Error);
  expect(err?.message).toMatch(message);
  expect(err?.message).not.toMatch(/^(TypeError|ReferenceError|RangeError)|Cannot read propert|is not a function/);
  expect(err?.message).not.toContain('\n');
  expect(tree(dest)).toEqual(before);
}

const BRANCH = { entities: 'Branch: name' };
const editState = (dest: string, edit: (d: Record<string, unknown>) => void) => {
  const file = join(dest, 'db/design.json');
  const d = JSON.parse(readFileSync(file, 'utf8'));
  edit(d);
  writeFileSync(file, JSON.stringify(d));
};

describe('db-entity refuses, writing nothing', () => {
  beforeAll(() => { process.env.DB_SCAFFOLD_NOW = '2026-03-04T05:06:07Z'; });
  afterAll(() => { delete process.env.DB_SCAFFOLD_NOW; });
  let dest: string;
  beforeEach(async () => { dest = await blogAt('dbs-refuse-'); });

  test('before db-schema', async () => {
    const empty = tempDir('empty');
    await refuses(empty, 'db-entity', BRANCH, /^db-entity: no design in db\/design\.json yet; run `npx plop db-schema` first$/);
  });
  test('an entity that exists already', () =>
    refuses(dest, 'db-entity', { entities: 'Branch: name\nposts: title' }, /^entities line 2: entity 'Post' is defined already$/));
  test('a new entity whose table is taken by a junction table', () =>
    refuses(dest, 'db-entity', { entities: 'PostTag: weight:integer' }, /^entities line 1: table 'post_tags' of PostTag exists already \(a junction table\)$/));
  test('a relation to an unknown entity', () =>
    refuses(dest, 'db-entity', { ...BRANCH, relations: [{ from: 'Branch', to: 'Shelf', kind: 'one-to-many' }] },
      /^relations\[0\]\.to: unknown entity 'Shelf' \(entities: User, Post, Comment, Tag, Branch\)$/));
  test('a relation onto an FK column that exists already', () =>
    refuses(dest, 'db-entity', { ...BRANCH, relations: [{ from: 'Branch', to: 'Post', kind: 'one-to-many', column: 'author_id' }] },
      /Post\.author_id is already the FK to User/));
  test('an FK on a plain column that exists already', async () => {
    const d2 = await blogAt('dbs-plain-', { ...blog, entities: 'User: email\nPost: title, shelf_id', relations: [] });
    await refuses(d2, 'db-entity', { entities: 'Shelf: label' }, /^relations: Post\.shelf_id exists already as a plain column; .*"kind": "none"/);
  });
  test('no entity at all', () => refuses(dest, 'db-entity', { entities: '# nothing' }, /^entities: no new entity given/));
  test('a state file that is not JSON', async () => {
    writeFileSync(join(dest, 'db/design.json'), '{ "version": 1,');
    await refuses(dest, 'db-entity', BRANCH, /^db\/design\.json: not valid JSON \(.*\); fix it or restore it from git$/);
  });
  test('a state file edited into something invalid', async () => {
    editState(dest, (d) => { (d.migrations as { version: string }[])[0].version = 'yesterday'; });
    await refuses(dest, 'db-entity', BRANCH, /^db\/design\.json: invalid at migrations\.0\.version: /);
  });
  test('a state whose model and schema snapshot disagree (hand-edited)', async () => {
    editState(dest, (d) => { (d.answers as { db: string }).db = 'mysql'; });
    await refuses(dest, 'db-entity', BRANCH, /^db\/design\.json: model and schema snapshot disagree \(.*\); fix it or restore it from git$/);
    editState(dest, (d) => {
      (d.answers as { db: string }).db = 'postgres';
      const s = d.schema as { tables: { name: string }[] };
      s.tables = s.tables.filter((t) => t.name !== 'comments');
    });
    await refuses(dest, 'db-entity', BRANCH, /^db\/design\.json: model and schema snapshot disagree \(the model has 1 change\(s\) the schema snapshot lacks\)/);
  });
  test('a migration file already on disk at the new version: not edited, the new one sorts after it (disk-versions.ts)', async () => {
    writeFileSync(join(dest, 'migrations/20260304050608_add_branch.sql'), '-- hand-written\n');
    await run(dest, 'db-entity', BRANCH);
    expect(readFileSync(join(dest, 'migrations/20260304050608_add_branch.sql'), 'utf8')).toBe('-- hand-written\n');
    expect(readdirSync(join(dest, 'migrations')).filter((f) => f.startsWith('20260304050609_add_branch'))).toHaveLength(2);
  });
  test('db-field: a NOT NULL field without a default, an unknown entity, a field that exists', async () => {
    await refuses(dest, 'db-field', { entities: 'Post: rating:integer' }, /^entities line 1: Post\.rating is NOT NULL without a default and posts may hold rows; add :optional/);
    await refuses(dest, 'db-field', { entities: 'Shelf: label:optional' }, /^entities line 1: unknown entity 'Shelf' .*db-entity/);
    await refuses(dest, 'db-field', { entities: 'Post: title:optional' }, /^entities line 1: Post\.title exists already$/);
  });
  test('db-relation: nothing new, or a pair that is many-to-many already', async () => {
    await refuses(dest, 'db-relation', { relations: [] }, /^relations: no relation given/);
    await refuses(dest, 'db-relation', { relations: [{ from: 'Tag', to: 'Post', kind: 'many-to-many' }] }, /Post and Tag are many-to-many twice|Tag and Post are many-to-many twice/);
  });
});
